# PEP 604 unions: int | None in isinstance/issubclass, types.UnionType, equality and args.
import types

u = int | None
print(isinstance(1, u), isinstance(None, u), isinstance("s", u), issubclass(bool, int | str))
print(type(u) is types.UnionType, u, u.__args__, (int | None) == (None | int))
print(int | str | int, list[int] | None)
try:
    isinstance(1, list[int] | None)
except TypeError as e:
    print("TypeError:", e)
