# Capture patterns bind names (also when a later guard fails); `_` binds nothing.
def f(v):
    match v:
        case [x, _, _]:
            return f"three, first {x}"
        case (x, y) if x > y:
            return "descending"
        case _:
            return f"no match, x still bound? {'x' in locals()}"
print(f([1, 2, 3]))
print(f((5, 1)))
print(f((1, 5)))
print(f(7))
match 42:
    case n:
        print("n =", n)
match 43:
    case _:
        print("wildcard; _ bound:", "_" in globals())
