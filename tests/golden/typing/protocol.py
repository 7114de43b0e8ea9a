# Protocol with runtime_checkable: structural isinstance/issubclass; errors otherwise.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        print("closed")
class Rock:
    pass
print(isinstance(File(), Closable), isinstance(Rock(), Closable), issubclass(File, Closable))
class Greeter(Protocol):
    def greet(self) -> str: ...
try:
    isinstance(File(), Greeter)
except TypeError as e:
    print(e)
try:
    Closable()
except TypeError as e:
    print(e)
class Impl(Closable):
    def close(self):
        return "explicit"
print(Impl().close(), isinstance(Impl(), Closable))
try:
    runtime_checkable(Rock)
except TypeError as e:
    print(e)
