# deque: rotate right, left, by more than the length, default 1
from collections import deque
d = deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d)
d.rotate()
print(d)
deque().rotate(3)
