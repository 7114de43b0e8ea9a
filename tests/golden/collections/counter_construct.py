# Counter from an iterable, a mapping and keywords; missing keys count 0; repr ordered by count
from collections import Counter
print(Counter('abracadabra'))
print(Counter({'red': 4, 'blue': 2}))
print(Counter(cats=4, dogs=8))
print(Counter())
c = Counter(['x', 'y', 'x'])
print(c['x'], c['nope'], 'nope' in c)
del c['nope']
del c['y']
print(c, len(c))
print(Counter('aab').total())
