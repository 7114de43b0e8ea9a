# sys.exc_info() and sys.exception() inside and outside handlers, nested and after the handler.
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno)
    print(sys.exception() is v)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())


def helper():
    return sys.exc_info()[1]


try:
    int("x")
except ValueError:
    print(repr(helper()))
