# defaultdict with no factory raises KeyError like a dict; a non-callable factory is a TypeError
from collections import defaultdict
d = defaultdict()
print(d, d.default_factory)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
d.default_factory = set
d['s'].add(1)
print(d)
d['t']
