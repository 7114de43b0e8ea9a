# @contextmanager: the yielded value, cleanup in finally, exceptions propagate.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with tag("outer"), tag("inner") as x:
    print(x)
print(tag.__name__, type(tag("p")).__name__)
