# A base-class method run on instances of three classes reads and writes the right attributes, also after the classes change.
class Base:
    def __init__(self):
        self.count = 0

    def bump(self, n):
        self.count += n
        return self.count

    def name(self):
        return "base"


class Sub(Base):
    def bump(self, n):
        return super().bump(n * 10)


class Other(Base):
    pass


def run(objs, rounds):
    out = []
    for i in range(rounds):
        for o in objs:
            out.append((o.bump(i), o.name()))
    return out


objs = [Base(), Sub(), Other()]
print(run(objs, 3))
Sub.name = lambda self: "sub"
Other.count = 100
print(run(objs, 2))
objs[2].name = lambda: "instance"
del Base.name
print(objs[2].name(), [o.count for o in objs])
try:
    objs[0].name()
except AttributeError as e:
    print("AttributeError:", e)
