# __hash__ rules: eq alone makes instances unhashable; unsafe_hash; eq=False keeps identity.
from dataclasses import dataclass, field


@dataclass
class Plain:
    a: int


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


@dataclass(eq=False)
class Identity:
    a: int


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 7


print(Plain.__hash__)
try:
    hash(Plain(1))
except TypeError as e:
    print(e)
print(hash(Hashed(1)) == hash((1,)), Hashed(1) == Hashed(1))
i = Identity(1)
print(i == Identity(1), i == i, {i: 1}[i])
print(hash(Explicit(3)))
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print(e)
