# PEP 604: X | Y builds types.UnionType, usable with isinstance and issubclass.
import types
u = int | str
print(u, type(u), u.__args__, int | None, None | int, int | str | None)
print(isinstance(3, u), isinstance("a", u), isinstance(2.0, u), isinstance(None, int | None))
print(issubclass(bool, int | str), (int | str) == (str | int), int | int, list[int] | None)
print(hash(int | str) == hash(str | int))
try:
    int | "str"
except TypeError as e:
    print(e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)
