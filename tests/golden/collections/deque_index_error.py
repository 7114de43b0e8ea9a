# deque: an index out of range raises IndexError('deque index out of range')
from collections import deque
d = deque([1, 2])
for i in (2, -3):
    try:
        d[i]
    except IndexError as e:
        print(i, e)
try:
    d[5] = 0
except IndexError as e:
    print("set:", e)
del d[-5]
