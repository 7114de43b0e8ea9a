# A Mapping subclass gets get, __contains__, keys/items/values, __eq__ from the ABC.
from collections.abc import Mapping, MutableMapping
class Env(Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, key):
        return self._d[key.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
e = Env(home="/root", shell="sh")
print(e["HOME"], e.get("PATH"), e.get("path", "-"), "shell" in e, "x" in e, len(e))
print(list(e.keys()), list(e.items()), list(e.values()))
print(e == {"home": "/root", "shell": "sh"}, e != {}, dict(e))
print(type(e.keys()).__name__, ("home", "/root") in e.items(), "sh" in e.values())
class Bad(Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print(e)
