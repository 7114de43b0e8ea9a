# SimpleNamespace: attributes, repr, equality, kwargs and mapping init.
from types import SimpleNamespace
ns = SimpleNamespace(name="coil", version=3)
ns.extra = [1]
print(ns, ns.name, vars(ns))
print(ns == SimpleNamespace(version=3, name="coil", extra=[1]), ns != SimpleNamespace())
print(SimpleNamespace(), SimpleNamespace(b=2))
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print(e)
del ns.extra
print(ns)
class Config(SimpleNamespace):
    pass
print(Config(debug=True), type(ns))
try:
    hash(ns)
except TypeError as e:
    print(e)
