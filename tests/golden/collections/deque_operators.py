# deque: +, * (with maxlen), +=, *=
from collections import deque
d = deque([1, 2])
print(d + deque([3]), d * 3, 2 * d, d * 0)
print(deque([1, 2, 3], maxlen=4) * 2)
d += [7, 8]
print(d)
d *= 2
print(d)
e = d
e += "ab"
print(d is e, d)
