# namedtuple: field access, repr, tuple behaviour, _fields, _asdict, _replace, _make
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1])
print(p == (11, 22), isinstance(p, tuple), len(p), hash(p) == hash((11, 22)))
x, y = p
print(x + y, p + (1,), p * 2)
print(Point._fields, p._asdict())
print(p._replace(x=100))
print(Point._make([3, 4]))
print(Point, Point.__name__, Point.__doc__)
print(Point.x.__doc__)
print(sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
One = namedtuple('One', 'v')
print(One(5), One.__doc__)
