# deque: copy() is shallow and keeps maxlen; extending a deque with itself doubles it
from collections import deque
d = deque([[1], 2], maxlen=5)
c = d.copy()
c[0].append(9)
c.append(3)
print(d, c)
d.extend(d)
print(d)
e = deque([1, 2])
e.extendleft(e)
print(e)
