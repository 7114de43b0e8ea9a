# deque: deque + list raises CPython's concatenation TypeError
from collections import deque
deque([1]) + [2]
