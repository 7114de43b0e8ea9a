# Slots and __dict__ through inheritance: a subclass without __slots__ gets a dict again.
class Base:
    __slots__ = ("a",)


class WithDict(Base):
    pass


class More(Base):
    __slots__ = ("b",)


class Opened(Base):
    __slots__ = ("c", "__dict__")


w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)
m = More()
m.a, m.b = 3, 4
print(m.a, m.b, hasattr(m, "__dict__"))
o = Opened()
o.a, o.c, o.d = 5, 6, 7
print(o.a, o.c, o.__dict__)
print(More.a is Base.a, "a" in More.__dict__)
try:
    m.c = 1
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    __slots__ = ()


class Point(tuple):
    __slots__ = ()


print(Point((1, 2)), hasattr(Empty(), "__dict__"))
