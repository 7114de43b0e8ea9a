# WeakValueDictionary as a cache: entries vanish with their values; get, pop, setdefault, KeyError.
import weakref


class Image:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"


cache = weakref.WeakValueDictionary()
a = Image("a.png")
cache["a"] = a
cache["b"] = Image("b.png")
print(len(cache), sorted(cache), "a" in cache, "b" in cache)
print(cache["a"], cache.get("b"), cache.get("b", "missing"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
c = Image("c.png")
print(cache.setdefault("c", c), cache.setdefault("c", a))
print(sorted(cache.items(), key=lambda kv: kv[0]))
del c
print(sorted(cache.keys()), list(cache.values()))
print(cache.pop("a"), len(cache), cache.pop("zzz", None))
print(type(cache).__name__, repr(cache).startswith("<WeakValueDictionary at 0x"))
