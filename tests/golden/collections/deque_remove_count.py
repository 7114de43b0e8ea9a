# deque: remove the first equal item, count, clear, reverse, and remove's ValueError
from collections import deque
d = deque([1, 2, 1, 3, 1])
print(d.count(1), d.count(7))
d.remove(1)
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d))
d.remove(5)
