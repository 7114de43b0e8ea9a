# Counter.most_common: full and top-n lists; ties keep first-seen order
from collections import Counter
c = Counter('abracadabra')
print(c.most_common())
print(c.most_common(3))
print(c.most_common(0))
print(c.most_common(10))
t = Counter('zyxxyz')
print(t.most_common(2))
print(Counter('dcba').most_common(2))
