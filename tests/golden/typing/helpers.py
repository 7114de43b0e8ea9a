# cast, overload, NewType, final, no_type_check, TYPE_CHECKING, assert_never.
import typing
from typing import cast, overload, NewType, final, no_type_check, TYPE_CHECKING, assert_never
print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"), len(typing.get_overloads(double)))
UserId = NewType("UserId", int)
print(UserId, UserId(42), UserId.__supertype__, UserId.__name__)
@final
class Leaf:
    pass
print(Leaf.__final__)
@no_type_check
def untyped(a: "garbage"):
    return a
print(untyped(1), untyped.__no_type_check__)
try:
    assert_never(3)
except AssertionError as e:
    print(e)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)
