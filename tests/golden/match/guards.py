# Guards run after the names are bound; a failing guard moves on to the next case.
def check(v):
    print("checking", v)
    return v > 10
def f(v):
    match v:
        case int(n) if check(n):
            return "big"
        case int(n) if n < 0:
            return "negative"
        case int(n):
            return "small"
        case _ if isinstance(v, str):
            return "a string"
        case _:
            return "other"
for v in [50, -3, 5, "x", None]:
    print(f(v))
match 5:
    case x if x > 100:
        print("no")
print("x bound after failed guard:", x)
