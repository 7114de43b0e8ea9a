# deque: slices and non-int indexes are TypeErrors (deques are not sliceable)
from collections import deque
d = deque([1, 2, 3])
try:
    d["a"]
except TypeError as e:
    print(e)
print(d[1:2])
