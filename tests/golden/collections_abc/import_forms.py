# `from collections import abc` finds the submodule; ChainMap and os.environ are MutableMappings; deque is registered.
from collections import abc
import collections
import collections.abc
import os

print(abc is collections.abc, abc.Mapping)
chain = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(isinstance(chain, abc.MutableMapping), type(chain.keys()).__name__, list(chain.items()))
print(chain.keys(), chain == {"a": 1, "b": 3}, chain | {"z": 0})
chain.update({"c": 4}, d=5)
print(chain.setdefault("e", 6), chain.maps[0])
print(isinstance(os.environ, abc.MutableMapping), type(os.environ).__mro__[1].__name__)
print(isinstance(collections.deque(), abc.MutableSequence))
print([c.__name__ for c in collections.ChainMap.__mro__])
try:
    chain | [1]
except TypeError as e:
    print(e)
