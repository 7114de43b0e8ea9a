# deque: calling __init__ again clears and refills (and can change maxlen)
from collections import deque
d = deque([1, 2, 3])
d.__init__("ab", 1)
print(d, d.maxlen)
print(deque(iterable=[1], maxlen=2))
