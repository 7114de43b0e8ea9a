# memoryview over bytes: indexing, slicing, len, tobytes, tolist, attributes.
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tolist()[:3])
print(m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(m.obj, type(m).__name__, type(m[1:]).__name__)
s = m[::2]
print(s.tobytes(), s.strides, s.shape, s.contiguous, len(s))
r = m[::-1]
print(r.tobytes(), r.strides, r[0], r.tolist()[:3])
print(list(m[:3]), [x for x in m[6:]])
print(bytes(m[6:]), bytearray(m[:5]), m[2:5].hex(), m[:3].hex("-"))
print(m[100:].tobytes(), len(m[5:2]))
print(repr(m).startswith("<memory at 0x"))
