# AbstractContextManager gives __enter__ returning self; subclasses add __exit__.
from contextlib import AbstractContextManager


class Timer(AbstractContextManager):
    def __init__(self):
        self.events = []

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit")
        return None


t = Timer()
with t as same:
    print(same is t)
print(t.events)
print(issubclass(Timer, AbstractContextManager))
