# deque: appending while iterating raises RuntimeError at the next step
from collections import deque
d = deque([1, 2, 3])
for x in d:
    print(x)
    d.append(x)
