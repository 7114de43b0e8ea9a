# deque: ordering a deque against a list is a TypeError
from collections import deque
try:
    deque([1]) < [1]
except TypeError:
    print("TypeError")
