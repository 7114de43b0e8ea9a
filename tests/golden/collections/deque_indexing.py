# deque: d[i], negative indexes, d[i] = v, del d[i]
from collections import deque
d = deque("abcde")
print(d[0], d[-1], d[2])
d[1] = "B"
d[-1] = "E"
del d[0]
del d[-2]
print(d)
