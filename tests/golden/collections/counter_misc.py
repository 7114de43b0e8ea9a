# Counter.copy, fromkeys error, subclassing and unorderable-value repr
from collections import Counter
c = Counter('hello')
d = c.copy()
d['l'] = 0
print(c, d)
class MyCounter(Counter):
    pass
m = MyCounter('aab')
print(m, type(m.copy()).__name__, type(m + m).__name__)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter({'a': 'x', 'b': 1}) if False else Counter({'a': [1], 'b': None}))
