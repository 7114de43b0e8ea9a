# str and bytes are not sequences for patterns; dicts, sets and iterators neither.
def f(v):
    match v:
        case [a, b]:
            return "pair"
        case [*x]:
            return "sequence of " + str(len(x))
        case _:
            return "not a sequence"
for v in ["ab", b"ab", {1: 2, 3: 4}, {1, 2}, [1, 2], (1, 2, 3), iter([1, 2])]:
    print(type(v).__name__, f(v))
