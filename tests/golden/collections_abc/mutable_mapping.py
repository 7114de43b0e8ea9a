# MutableMapping mixins: pop, popitem, setdefault, update, clear.
from collections.abc import MutableMapping
class LowerDict(MutableMapping):
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data[k.lower()]
    def __setitem__(self, k, v):
        self.data[k.lower()] = v
    def __delitem__(self, k):
        del self.data[k.lower()]
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
d = LowerDict()
d.update({"A": 1}, B=2)
d.update([("C", 3)])
print(d.data, d.setdefault("D", 4), d.setdefault("a", 9))
print(d.pop("A"), d.pop("zz", None), d.popitem(), d.data)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.clear()
print(len(d), isinstance(d, MutableMapping))
