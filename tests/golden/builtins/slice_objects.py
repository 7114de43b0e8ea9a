# slice objects: repr, indices(), use as subscripts, and attributes.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(list(range(20))[s], "abcdefghij"[slice(2, None)], s.indices(6))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
