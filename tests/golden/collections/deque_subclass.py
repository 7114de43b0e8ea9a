# deque: user subclasses keep their class through methods, repr and copy
from collections import deque

class History(deque):
    def __init__(self, items=(), maxlen=3):
        super().__init__(items, maxlen=maxlen)

    def latest(self):
        return self[-1]

h = History([1, 2])
h.append(3)
h.append(4)
print(h, h.latest(), len(h), isinstance(h, deque), h.maxlen)
c = h.copy()
print(type(c).__name__, c)
print(type(h + deque([5])).__name__)
