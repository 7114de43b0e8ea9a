# sys._getframe(k).f_locals reads each frame's own locals through generator, yield from and for-loop frames.
import sys


def inner():
    return [sorted(sys._getframe(k).f_locals) for k in range(1, 4)]


def leaf():
    a = 1
    yield inner()


def middle():
    b = 2
    yield from leaf()


def outer():
    c = 3
    for x in middle():
        yield x, sorted(sys._getframe().f_locals)


print(list(outer()))
g = middle()
print(next(g))
print(sorted(g.gi_frame.f_locals), g.gi_yieldfrom.gi_code.co_name)
print(g.gi_yieldfrom.gi_frame.f_locals)
