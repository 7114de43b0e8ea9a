# Fields are inherited in order; subclasses may override defaults; frozen must match.
from dataclasses import dataclass, fields


@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


class NotData(Child):
    def total(self):
        return self.x + self.y + self.z


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
print(NotData(z=5).total(), NotData())


@dataclass(frozen=True)
class Frozen:
    a: int


for frozen in (False, True):
    try:
        if frozen:
            @dataclass(frozen=True)
            class Sub(Base):
                pass
        else:
            @dataclass
            class Sub2(Frozen):
                pass
    except TypeError as e:
        print(e)
