# ChainMap repr, maps, views' reprs, and a ChainMap made with no maps.
from collections import ChainMap

cm = ChainMap({"a": 1}, {"b": 2})
print(cm)
print(repr(ChainMap()))
print(cm.maps)
print(cm.keys(), cm.items(), cm.values())
print(len(cm.keys()), "a" in cm.keys(), ("b", 2) in cm.items(), 2 in cm.values())


class Settings(ChainMap):
    pass


print(Settings({"x": 1}))
print(ChainMap.fromkeys(["p", "q"], 0))
