# defaultdict: the factory fills missing keys on d[k], not on get/in; repr shows the factory
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b']
print(d)
print(d.get('zz'), 'zz' in d, len(d))
print(d.default_factory)
c = defaultdict(int, {'x': 1}, y=2)
c['x'] += 10
c['z'] += 1
print(c)
print(isinstance(c, dict), type(c))
s = defaultdict(lambda: 'dflt')
print(s['k'], dict(s))
