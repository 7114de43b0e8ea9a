# super().m(...) edge cases: method replaced on the base, missing attribute, property, builtin base, closures.
class Base:
    def m(self, x):
        return ("Base.m", x)
    @property
    def p(self):
        return "Base.p"
class Child(Base):
    def m(self, x):
        return super().m(x + 1)
    def get_p(self):
        return super().p
    def missing(self):
        return super().nope()
    def inner(self):
        def f():
            return super(Child, self).m(0)
        return f()
    def captured(self):
        g = lambda: self
        return super().m(g() is self)
c = Child()
for _ in range(3):
    print(c.m(1))
Base.m = lambda self, x: ("new Base.m", x)
print(c.m(1))
del Base.m
try:
    c.m(1)
except AttributeError as e:
    print("AttributeError:", e)
print(c.get_p(), c.inner() if hasattr(Base, "m") else "no m", c.captured() if hasattr(Base, "m") else "-")
Base.m = lambda self, x: ("again", x)
print(c.inner(), c.captured())
try:
    c.missing()
except AttributeError as e:
    print("AttributeError:", e)
class L(list):
    def append(self, x):
        super().append(x * 10)
        return super().__len__()
l = L()
print(l.append(1), l.append(2), l)
