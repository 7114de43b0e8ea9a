# ContextDecorator and @contextmanager functions used as decorators.
from contextlib import ContextDecorator, contextmanager


class logged(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, *exc):
        print("exit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@logged("double")
def double(x):
    """Doubles x."""
    return x * 2


@contextmanager
def section(name):
    print("[", name)
    yield
    print("]", name)


@section("work")
def work():
    print("working")


print(double(4), double.__name__, double.__doc__)
work()
work()
try:
    with logged("err"):
        raise KeyError(1)
except KeyError:
    print("KeyError passed through")
