# Counter comparisons treat missing counts as zero (3.10+); == against a dict is dict equality
from collections import Counter
print(Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=1, b=2))
print(Counter(a=1) < Counter(a=1))
print(Counter(a=2, b=1) >= Counter(a=1))
print(Counter(a=2) > Counter(a=1, b=1))
print(Counter(a=1) == {'a': 1})
try:
    Counter(a=1) < {'a': 2}
except TypeError as e:
    print('TypeError', e)
