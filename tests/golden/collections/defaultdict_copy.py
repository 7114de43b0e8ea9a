# defaultdict.copy and | keep the factory and the type; the copy is shallow
from collections import defaultdict

d = defaultdict(list, a=[1])
e = d.copy()
e['b'].append(2)
print(d, e)
print(e['a'] is d['a'])
f = d.__copy__()
print(type(f).__name__, f.default_factory)
g = d | {'c': [3]}
print(g)
h = {'z': [0]} | d
print(h)
d |= {'q': []}
print(d)
class Sub(defaultdict):
    pass
s = Sub(int)
s['x'] += 1
print(s, type(s.copy()).__name__)
