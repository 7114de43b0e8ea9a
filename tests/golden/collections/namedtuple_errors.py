# namedtuple call errors: missing fields, _make length, _replace with unknown names
from collections import namedtuple
Point = namedtuple('Point', 'x y')
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2)._replace(z=3)
except ValueError as e:
    print('ValueError', e)
p = Point(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
Point(1, 2, 3)
