# new_child (with a map or kwargs) and parents for nested scopes, copy is shallow on the first map.
from collections import ChainMap

globals_ = ChainMap({"x": 1, "y": 2})
local = globals_.new_child()
local["x"] = 100
print(local, local["x"], local["y"])
print(local.parents, local.parents is globals_, local.parents == globals_)
inner = local.new_child({"z": 3})
print(inner, inner.maps[1] is local.maps[0])
kw = local.new_child(w=4)
print(kw)
print(ChainMap({}).parents)
c = inner.copy()
c["z"] = 30
print(inner["z"], c["z"], c.maps[1] is inner.maps[1])
