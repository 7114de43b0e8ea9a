# deque: a deque that contains itself is freed by the cycle collector
import gc
from collections import deque
gc.collect()
for _ in range(3):
    d = deque()
    d.append(d)
    d.append([d])
    del d
print(gc.collect() > 0)
