# deque.count/index/remove/__contains__ compare left to right and fail if a comparison changes the deque.
from collections import deque


class Grows:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(2), d.index(2, 2), d.index(1, -2), 2 in d, 9 in d)
for meth in ("count", "index", "remove", "__contains__"):
    e = deque([1, 2, 3])
    try:
        getattr(e, meth)(Grows(e))
    except (RuntimeError, IndexError) as ex:
        print(meth, type(ex).__name__, ex)
for bad in (lambda: d.index(9), lambda: d.index(2, 4), lambda: d.remove(9)):
    try:
        bad()
    except ValueError as ex:
        print("ValueError:", ex)
d.remove(2)
print(d)
