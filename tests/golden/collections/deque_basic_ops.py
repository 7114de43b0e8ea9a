# deque: append/appendleft/pop/popleft, len, truthiness, `in`
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
print(bool(deque()), len(deque()))
