# deque: ==, !=, <, >= compare item by item; other types are never equal
from collections import deque
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == deque([1, 2, 3]), a != b, a < b, a >= b, deque([1]) < deque([1, 0]))
print(a == [1, 2, 3], a != (1, 2, 3))
