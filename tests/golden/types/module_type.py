# types.ModuleType builds a module object; attributes can be added.
import types
m = types.ModuleType("plugins")
print(m, m.__name__, m.__doc__)
m.greet = lambda: "hi"
print(m.greet(), sorted(k for k in vars(m) if not k.startswith("__")))
d = types.ModuleType("docs", "Module docs.")
print(d.__doc__, isinstance(d, types.ModuleType))
try:
    types.ModuleType(3)
except TypeError as e:
    print(e)
