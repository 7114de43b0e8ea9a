# deque: insert at positions; a full bounded deque refuses with IndexError
from collections import deque
d = deque([1, 2, 3])
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
full = deque([1, 2], maxlen=2)
full.insert(0, 0)
