# cls(...) follows __init__ replaced on the class or a base after earlier calls.
class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


def make(n):
    return [Child(i).x for i in range(n)]


print(make(3))


def new_init(self, x):
    self.x = x * 10


Base.__init__ = new_init
print(make(3))
Child.__init__ = lambda self, x: setattr(self, "x", -x)
print(make(3))
del Child.__init__
print(make(2))


class WithNew(Base):
    def __new__(cls, x):
        print("new", x)
        return super().__new__(cls)


print(WithNew(4).x)
try:
    Child(1, 2)
except TypeError as e:
    print(e)
