# Mapping patterns: required keys, extra keys allowed, **rest gets a new dict of the rest.
def f(v):
    match v:
        case {}:
            pass
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle with {sorted(rest.items())}"
        case {1: one, **rest} if not rest:
            return f"only 1 -> {one}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(f({"type": "point", "x": 1, "y": 2, "z": 3}))
print(f({"type": "circle", "r": 5, "c": (0, 0)}))
print(f({1: "a"}))
print(f({1: "a", 2: "b"}))
print(f({}))
print(f([("type", "point")]))
d = {"a": 1, "b": 2}
match d:
    case {"a": _, **others}:
        print(others, others is d, d)
