# RecursionError for a __hash__ calling hash(self): the builtin call check and the frame count, so the suffix alternates with the depth.
import sys

sys.setrecursionlimit(100)
n = 0


class H:
    def __hash__(self):
        global n
        n += 1
        return hash(self)


make = lambda: hash(H())


def nest(k):
    if k:
        return nest(k - 1)
    return make()


for k in range(4):
    n = 0
    try:
        nest(k)
    except RecursionError as e:
        print(k, n, e)
sys.setrecursionlimit(1000)
make()
