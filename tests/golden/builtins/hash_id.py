# hash of ints and equal values; id() only compared, never printed.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(42), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20))
print(hash((1, 2)) == hash((1, 2)), hash(3.5) == hash(3.5), hash(None) == hash(None))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
