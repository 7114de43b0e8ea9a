# deque: maxlen must be a non-negative int
from collections import deque
for arg in (-1, 1.5, "3"):
    try:
        deque([], arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
