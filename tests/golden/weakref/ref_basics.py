# weakref.ref: calling gives the object, None once it is freed; reuse, repr, equality, hash.
import weakref


class Session:
    def __init__(self, user):
        self.user = user


s = Session("ada")
r = weakref.ref(s)
print(r() is s, r().user, weakref.ref(s) is r, type(r).__name__)
print(repr(r).replace(hex(id(r)), "R").replace(hex(id(s)), "S"))
other = weakref.ref(s, lambda w: None)
print(other is r, other == r, hash(r) == hash(s), r.__callback__)
del s
print(r(), other(), r == other, r != other)
print(repr(r).replace(hex(id(r)), "R"))
try:
    hash(other)
except TypeError as e:
    print(e)
for bad in (1, "text", (1, 2), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
