# OrderedDict == is order-sensitive only between two OrderedDicts
from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
print(a == b, a != b)
print(a == dict(b), dict(b) == a)
b.move_to_end('x', last=False)
print(a == b)
print(isinstance(a, dict), type(a))
try:
    hash(a)
except TypeError:
    print('unhashable')
