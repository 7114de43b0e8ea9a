# Assigning C.__name__ / C.__qualname__ changes reprs, messages and tracebacks; bad values are refused.
class C:
    pass


C.__name__ = "Renamed"
print(C, C.__name__, C.__qualname__)
C.__qualname__ = "Outer.Renamed"
print(C, repr(C()).split(" at ")[0], type(C()).__name__)
for attr, val in [("__name__", 3), ("__qualname__", None), ("__name__", "a\0b")]:
    try:
        setattr(C, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del C.__name__
except TypeError as e:
    print("TypeError", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)
print("__name__" in C.__dict__)
C().missing
