# The ABCs are subscriptable: collections.abc.X[...] reprs, Callable's argument list.
import collections.abc as cabc
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int, str], bool])
print(cabc.Callable[..., int], cabc.Callable[[], None])
c = cabc.Callable[[int], str]
print(c.__args__, c.__origin__ is cabc.Callable)
print(cabc.Sequence.__name__, cabc.Sequence.__module__, cabc.MutableMapping.__mro__[1:3])
