# One-trick ABCs recognise user classes by their methods (__subclasshook__).
from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Awaitable
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
class Box:
    def __len__(self):
        return 0
    def __call__(self):
        pass
    __hash__ = None
print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))
print(isinstance(Box(), Sized), isinstance(Box(), Container), isinstance(Box(), Callable))
print(isinstance(Box(), Hashable), isinstance(Countdown(1), Hashable), isinstance(3, Iterable))
class Fut:
    def __await__(self):
        yield
print(isinstance(Fut(), Awaitable))
