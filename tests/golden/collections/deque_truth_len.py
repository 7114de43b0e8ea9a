# Truth and len() of deques, and of deque subclasses overriding __len__ / __bool__.
from collections import deque


class Always(deque):
    def __bool__(self):
        return True


class Double(deque):
    def __len__(self):
        return 2 * super().__len__()


for d in (deque(), deque([1]), Always(), Double(), Double("ab")):
    print(type(d).__name__, bool(d), len(d), "yes" if d else "no", not d)

d = deque(maxlen=2)
while not d or len(d) < 2:
    d.append(len(d))
print(d, bool(d))
d.clear()
print(bool(d), len(d))
