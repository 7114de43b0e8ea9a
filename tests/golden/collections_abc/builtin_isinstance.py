# Builtin types are instances of the container ABCs (registered or by method).
from collections.abc import (Iterable, Iterator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Hashable, Sized, Container,
                             Callable, Generator, Collection, Reversible)
print(isinstance([], Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance("s", Sequence))
print(isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance((), Hashable), isinstance({}, Hashable))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(range(3), Sequence))
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))
print(isinstance((x for x in []), Generator), isinstance({}.keys(), Set), issubclass(list, Reversible))
print(issubclass(str, Collection), issubclass(int, Sized), issubclass(dict, Container))
