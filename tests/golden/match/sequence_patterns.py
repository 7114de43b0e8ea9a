# Sequence patterns match lists, tuples and ranges, with fixed length or a star.
def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
for v in [[], (), [1], (1,), [1, 2], range(2), [1, 2, 3, 4], (1, 2, 3), range(5)]:
    print(repr(v), "->", f(v))
match [1, [2, 3], (4, 5)]:
    case [a, [b, c], (d, e)]:
        print(a, b, c, d, e)
match (1, 2, 3):
    case 1, *rest:
        print("rest is a list:", rest)
match [1, 2, 3, 4, 5]:
    case [_, *_, x]:
        print("last", x)
match [1, 2]:
    case [*_]:
        print("any sequence")
