# Assigning f.__defaults__ / f.__kwdefaults__ changes later calls; wrong types raise CPython's TypeError.
def f(a, b=1, *, c=2):
    return a, b, c


f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(0), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (5, 6)
print(f(), f.__kwdefaults__ is f.__kwdefaults__)
kw = f.__kwdefaults__
kw["c"] = 99
print(f(1))
for attr, val in [("__defaults__", [1]), ("__kwdefaults__", [1]), ("__code__", 1)]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print("TypeError", e)
del f.__defaults__
print(f.__defaults__)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
f()
