# Mapping patterns look keys up with get(): defaultdict's __missing__ is not triggered.
from collections import defaultdict
d = defaultdict(list)
d["x"] = 1
match d:
    case {"y": y}:
        print("has y", y)
    case {"x": x}:
        print("has x", x)
print(sorted(d))
class Loud(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)
match Loud(a=1, b=2):
    case {"a": 1, "b": b, "c": c}:
        print("c", c)
    case {"b": b, "a": a}:
        print("b", b, "a", a)
