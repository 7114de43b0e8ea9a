# deque: replacing items while iterating is allowed (the length does not change)
from collections import deque
d = deque([1, 2, 3])
for i, x in enumerate(d):
    d[i] = x * 10
print(d)
