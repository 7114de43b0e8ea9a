# deque: repr with and without maxlen, nested, and recursive `[...]`
from collections import deque
print(repr(deque()), deque([1, "a"]), deque(range(3), maxlen=5))
print(deque([deque([1])]))
d = deque([1])
d.append(d)
print(d)
print(str(deque("ab", 2)))
