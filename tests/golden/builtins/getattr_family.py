# getattr/setattr/hasattr/delattr with defaults and errors.
class C:
    x = 1
c = C()
setattr(c, "y", 2)
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "default"), hasattr(c, "y"))
delattr(c, "y")
print(hasattr(c, "y"), hasattr(c, "x"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(5, "real"), getattr("abc", "upper")())
