# Attribute and method lookups stay correct when classes change after the same sites ran (inline caches).
class Base:
    def m(self):
        return "base.m"


class C(Base):
    def __init__(self):
        self.x = 1


class D(Base):
    def m(self):
        return "d.m"


def read(o):
    return o.x


def call(o):
    return o.m()


def write(o, v):
    o.x = v


c = C()
for _ in range(3):
    print(read(c), call(c))
    write(c, read(c) + 1)

# A data descriptor added to the class later wins over the instance dict.
C.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read(c))
write(c, 5)
print(c.__dict__)
del C.x
print(read(c))

# A base class method replaced, then shadowed in the subclass, then in the instance.
Base.m = lambda self: "new base.m"
print(call(c))
C.m = lambda self: "c.m"
print(call(c))
c.m = lambda: "instance m"
print(call(c))
del c.m
print(call(c))

# Another class at the same sites.
d = D()
d.x = "dx"
print(read(d), call(d))
print(read(c), call(c))


# Hooks added to a base after caching.
def ga(self, name):
    return "hooked " + name


Base.__getattribute__ = ga
print(read(d), read(c))
del Base.__getattribute__
print(read(d))


def sa(self, name, v):
    print("setattr", name, v)


Base.__setattr__ = sa
write(d, 9)
del Base.__setattr__
write(d, 10)
print(read(d))

# A miss goes to __getattr__, then to AttributeError.
class E:
    def __getattr__(self, name):
        return "missing " + name


e = E()
print(read(e))
e.x = 3
print(read(e))
del e.x
print(read(e))
try:
    read(Base())
except AttributeError as err:
    print(err)
