# MappingProxyType: a live read-only view; writes are TypeErrors.
from types import MappingProxyType
data = {"a": 1}
view = MappingProxyType(data)
print(view, repr(view), view["a"], len(view), list(view), "a" in view)
data["b"] = 2
print(view.get("b"), list(view.items()), view | {"c": 3})
try:
    view["c"] = 3
except TypeError as e:
    print(e)
try:
    del view["a"]
except TypeError as e:
    print(e)
try:
    MappingProxyType([1])
except TypeError as e:
    print(e)
print(type(view).__name__, view.copy() == data)
