# os.stat argument checking: wrong types, embedded NUL, bad descriptors, missing files.
import os

for arg in [3.5, None, [1], b'missing\0', 'missing', 987654, -1]:
    try:
        os.stat(arg)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    os.lstat(5)
except TypeError as e:
    print(e)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
