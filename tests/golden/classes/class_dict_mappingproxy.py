# C.__dict__ is a live read-only mappingproxy; item writes fail, setattr shows through.
import types


class Base:
    """A documented base."""
    x = 1

    def f(self):
        return 2


class Child(Base):
    y = 2


d = Base.__dict__
print(type(d), type(d) is types.MappingProxyType, vars(Base) is not None)
print(list(d))
print(list(Child.__dict__))
print(d["x"], "x" in d, "y" in d, d.get("y"), d.get("y", 0), len(Child.__dict__))
print(d["__dict__"], d["__weakref__"])
Base.z = 3
setattr(Base, "w", 4)
print([k for k in d if not k.startswith("__")])
del Base.z
print("z" in d, sorted(k for k, v in d.items() if isinstance(v, int)))
for stmt in ("d['x'] = 5", "del d['x']", "d |= {}", "d.x = 1", "hash(d)", "d['nope']"):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
print(Child.__dict__ == {"__module__": "__main__", "y": 2, "__doc__": None})
print(repr(Child.__dict__))
print(Child.__dict__ | {"extra": 1})
