# @dataclass(slots=True) makes a slotted class: no instance dict, fields as members.
from dataclasses import dataclass
import copy


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point.__slots__, Point.x)
print(hasattr(p, "__dict__"), p == Point(1, 0), copy.copy(p))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class Frozen:
    a: int


f = Frozen(3)
try:
    f.a = 4
except Exception as e:
    print(type(e).__name__, e)
print(copy.deepcopy(f), hash(f) == hash(Frozen(3)))
