# Builtin types like int(x)/str(s) match the subject itself; subclasses and bool/int.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as bit):
            return f"bit {bit}"
        case int(n):
            return f"int {n}"
        case float(f) | complex(f):
            return f"number {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict k={v}"
        case _:
            return "other"
class MyInt(int):
    pass
for v in [True, 0, 1, 7, 2.5, "", "hi", [9, 8], (1,), {"k": 3}, None, MyInt(5)]:
    print(kind(v))
