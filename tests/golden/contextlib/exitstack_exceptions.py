# ExitStack: a callback returning True suppresses; raising callbacks chain __context__.
from contextlib import ExitStack


def suppressor(exc_type, exc, tb):
    print("suppressing", exc_type.__name__)
    return True


def raiser(msg):
    def cb(*exc_info):
        raise ValueError(msg)
    return cb


with ExitStack() as s:
    s.push(suppressor)
    raise IndexError("gone")
print("suppressed")
try:
    with ExitStack() as s:
        s.push(raiser("first"))
        s.push(raiser("second"))
        raise KeyError("orig")
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("CM exit sees", exc[0].__name__ if exc[0] else None)
        return False


try:
    with ExitStack() as s:
        s.push(CM())
        s.push(suppressor)
        s.push(raiser("late"))
except ValueError as e:
    print("got", e)
