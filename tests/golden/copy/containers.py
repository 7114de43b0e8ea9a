# copy of builtin containers returns new containers of the same type.
import copy
for value in ([1, [2]], {"a": [1]}, {1, 2}, frozenset({3}), (1, 2), bytearray(b"x") if False else b"xy", range(3)):
    c = copy.copy(value)
    d = copy.deepcopy(value)
    print(type(c).__name__, c == value, c is value, d == value)
s = {1, (2, 3)}
print(copy.deepcopy(s) == s)
