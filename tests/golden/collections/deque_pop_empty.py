# deque: popleft on an empty deque raises IndexError('pop from an empty deque')
from collections import deque
d = deque()
try:
    d.pop()
except IndexError as e:
    print("pop:", e)
d.popleft()
