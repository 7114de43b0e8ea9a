# RecursionError for an __eq__ comparing itself: the comparison check and the frame count ("in comparison" at one depth out of two).
import sys

sys.setrecursionlimit(100)
n = 0


class E:
    def __eq__(self, other):
        global n
        n += 1
        return self == other


make = lambda: E() == 1


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
