# ChainMap equality with dicts, |, |= and reversed |, unhashable.
from collections import ChainMap

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm == {"a": 1, "b": 3}, cm == ChainMap({"b": 3, "a": 1}), cm != {"a": 2})
print(cm | {"c": 4})
print({"z": 0, "a": 9} | cm)
cm |= {"d": 5}
print(cm)
try:
    hash(cm)
except TypeError as e:
    print("TypeError:", e)
try:
    cm | [1]
except TypeError as e:
    print("TypeError:", e)
