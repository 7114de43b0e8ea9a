# RecursionError for a __repr__ calling repr(self): the builtin call, PyObject_Repr and the frame each count, so the suffix depends on the depth.
import sys

sys.setrecursionlimit(100)
n = 0


class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)


make = lambda: repr(R())


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
