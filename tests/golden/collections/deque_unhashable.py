# deque: deques are unhashable
from collections import deque
{deque(): 1}
