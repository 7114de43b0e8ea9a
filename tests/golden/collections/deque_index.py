# deque: index with start/stop (negative and clamped bounds) and its ValueError
from collections import deque
d = deque("abcabc")
print(d.index("b"), d.index("b", 2), d.index("c", -2), d.index("a", -100, 100))
try:
    d.index("a", 1, 3)
except ValueError as e:
    print(e)
d.index("q")
