# An exception unwinding through 200,000 frames is caught quickly and its traceback has every frame.
import sys

sys.setrecursionlimit(250000)


def dive(n):
    if n == 0:
        raise ValueError("bottom")
    return dive(n - 1)


try:
    dive(200000)
except ValueError as e:
    tb, n = e.__traceback__, 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("caught", e, n)
