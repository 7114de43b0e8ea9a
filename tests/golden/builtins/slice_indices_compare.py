# slice.indices with huge and invalid lengths, slice ordering and equality, slices are unhashable.
print(slice(1, 2**70).indices(10), slice(None, None, -3).indices(2**65))
for length, s in ((-1, slice(1, 2)), (1, slice(1, 2, 0)), ("x", slice(1))):
    try:
        s.indices(length)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(0) != slice(None, 0))
