# deque: iteration, reversed(), list(), iterator types
from collections import deque
d = deque([1, 2, 3])
print([x * 2 for x in d], list(reversed(d)))
it = iter(d)
print(next(it), type(it).__name__, type(reversed(d)).__name__)
print(list(it))
