# OrderedDict: repr as a list of pairs (3.11), move_to_end both ways, popitem(last=)
from collections import OrderedDict
d = OrderedDict()
print(d)
d['a'] = 1
d['b'] = 2
d['c'] = 3
print(d)
d.move_to_end('a')
print(list(d))
d.move_to_end('c', last=False)
print(list(d))
print(d.popitem(), d.popitem(last=False), d)
try:
    d.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e)
o = OrderedDict([('x', 1)], y=2)
print(o, OrderedDict.fromkeys('ab', 0), o.copy())
print(o | {'z': 3})
