# Which classes show __dict__/__weakref__ descriptors in their namespace, and where.
class Plain:
    a = 1


class Sub(Plain):
    b = 2


class Err(Exception):
    pass


class MyList(list):
    pass


class Slotted:
    __slots__ = ("a", "__dict__")


class Tight:
    __slots__ = ("p", "q")


class Mixed(Plain, MyList):
    pass


for cls in (Plain, Sub, Err, MyList, Slotted, Tight, Mixed):
    print(cls.__name__, list(cls.__dict__))
desc = Plain.__dict__["__dict__"]
p = Plain()
p.k = 9
print(desc, desc.__get__(p), desc.__get__(None, Plain) is desc)
print(type(desc).__name__, Tight.__dict__["p"])
