# types.MappingProxyType: a read-only view of any mapping, with dict's reading methods.
import types
from collections import OrderedDict
from collections.abc import Mapping

src = {"a": 1, "b": 2}
m = types.MappingProxyType(src)
print(m, str(m), len(m), m["a"], "b" in m, list(m), list(reversed(m)))
src["c"] = 3
print(m.keys(), m.values(), m.items(), m.get("c"), m.get("zz", "dflt"))
print(m.copy(), type(m.copy()).__name__, m == src, m != {}, dict(m), {**m})
print(m | {"d": 4}, {"z": 0} | m, isinstance(m, Mapping))
print(types.MappingProxyType(OrderedDict(x=1)))
print(types.MappingProxyType(mapping={}))
for bad in ([1, 2], (1,), 42, "ab"):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
try:
    m["a"] = 0
except TypeError as e:
    print(e)
try:
    del m["a"]
except TypeError as e:
    print(e)
try:
    types.MappingProxyType()
except TypeError as e:
    print(e)
