# `as` patterns bind the whole subject (or sub-subject) after the inner pattern matched.
def f(v):
    match v:
        case [1, 2] as pair:
            return f"pair {pair}"
        case [(a, b) as inner, *rest] as whole:
            return f"inner {inner} a {a} b {b} rest {rest} whole {whole}"
        case (int() | float()) as num:
            return f"num {num}"
        case str(s) as t:
            return f"same object: {s is t}"
    return "none"
print(f([1, 2]))
print(f([(3, 4), 5, 6]))
print(f(2.5))
print(f("s"))
print(f(None))
