# Argument Clinic's checks run in CPython's order: count, then missing, then keywords.
import math


def show(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


show(round, foo=1)
show(round, 1.5, 1, 2)
show(math.prod, 1, 2, 3)
show(math.prod, [1], 2)
show(pow, 1)
show(pow, base=2, exp=3, mod=5, x=1)
show(sum, [1], 2, 3)
show("a b".split, 1, 2, 3)
show("a b".split, maxsplit=1, sep=" ", x=1)
show("a b".split, " ", sep=" ")
show("a b".split, foo=1)
show([].sort, 1)
show(int, x=1)
show("abc".find)
show("abc".strip, 1, 2)
show([].append)
show(len, 1, 2)
show(divmod, 1)
show("abc".upper, 1)
show(math.sqrt, x=1)
print(pow(base=2, exp=3), round(number=2.5), math.prod([2, 3], start=2))
