# memoryview.cast between byte formats and 1-D integer formats (native little-endian).
data = bytearray(b"\x01\x00\x02\x00\xff\xff\x00\x80")
m = memoryview(data)
h = m.cast("H")
print(h.format, h.itemsize, h.nbytes, h.shape, h.strides, len(h), h.tolist())
print(m.cast("h").tolist(), m.cast("I").tolist(), m.cast("i").tolist())
print(m.cast("Q").tolist(), m.cast("q").tolist(), m.cast("L").tolist())
print(m.cast("b").tolist(), m.cast("c").tolist()[:3], m.cast("B")[4])
h[0] = 0x4142
print(data[:2], h[0], h[-1])
c = m.cast("c")
c[0] = b"Z"
print(data[:2], c[0])
print(h.cast("B").tolist()[:4], m.cast("B", shape=[8]).shape)
for bad in [lambda: memoryview(b"abc").cast("H"), lambda: m.cast("x"),
            lambda: m[::2].cast("B"), lambda: h.cast("I"), lambda: h.__setitem__(0, 65536),
            lambda: m.cast("b").__setitem__(0, 128), lambda: c.__setitem__(0, b"QQ"),
            lambda: c.__setitem__(0, 5), lambda: m.cast(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(memoryview(b"abcd").cast("H") == memoryview(b"abcd"), h == h.tolist())
