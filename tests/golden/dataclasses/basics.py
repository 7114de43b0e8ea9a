# @dataclass: generated __init__, __repr__, __eq__, defaults, __doc__, __match_args__.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)
print(Point(y=3, x=4), repr(Point(x="a", y=[1])))
p.x = 10
print(p, p.__dict__, Point.y)
print(Point.__hash__)
