# @contextmanager errors: didn't yield, didn't stop, swallowing, re-raising another.
from contextlib import contextmanager


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
with swallow():
    raise KeyError("k")
print("continued")
try:
    with convert():
        1 / 0
except ValueError as e:
    print(repr(e), repr(e.__cause__))
