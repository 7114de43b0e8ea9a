# A deep recursion's traceback through format_exc collapses into "[Previous line repeated N more times]".
import traceback


def countdown(n):
    if n == 0:
        raise OverflowError("bottom")
    return countdown(n - 1)


try:
    countdown(30)
except OverflowError:
    print(traceback.format_exc())
