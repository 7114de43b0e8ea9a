# Writes, deletions, pop, popitem and clear only touch the first map; KeyError messages.
from collections import ChainMap

first, second = {"a": 1}, {"a": 10, "b": 20}
cm = ChainMap(first, second)
cm["b"] = 2
cm["c"] = 3
print(first, second)
del cm["a"]
print(first, cm["a"])
for action in (lambda: cm.__delitem__("b") or cm.__delitem__("b"), lambda: cm.pop("zz"), lambda: ChainMap({}, {"k": 1}).popitem()):
    try:
        action()
    except KeyError as e:
        print("KeyError:", e)
print(cm.pop("c"), cm.pop("zz", "default"))
try:
    cm["missing"]
except KeyError as e:
    print("KeyError:", e)
cm.update({"x": 1}, y=2)
cm.setdefault("z", 9)
print(first)
cm.clear()
print(first, second)
