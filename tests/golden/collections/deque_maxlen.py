# deque: maxlen trims the opposite end on append/appendleft/extend/extendleft
from collections import deque
d = deque("abc", maxlen=3)
d.append("d")
print(d, d.maxlen)
d.appendleft("z")
print(d)
d.extend("xy")
print(d)
d.extendleft([1, 2])
print(d)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, deque().maxlen)
