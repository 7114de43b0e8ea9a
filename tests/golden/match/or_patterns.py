# Or-patterns try alternatives left to right; each must bind the same names.
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b" as letter:
            return f"letter {letter}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (x, y) | [y, x, _]:
            return f"x={x} y={y}"
        case {"k": v} | {"key": v}:
            return f"value {v}"
        case _:
            return "other"
for v in [1, 3, 4, "a", "c", [5, 0], [0, 6], (1, 2), [1, 2, 3], {"key": 8}, {"k": 9}]:
    print(repr(v), "->", f(v))
