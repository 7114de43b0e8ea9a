# A memoryview of a bytearray shares its memory: writes go both ways, slices too.
buf = bytearray(b"abcdef")
m = memoryview(buf)
m[0] = 65
print(buf)
m[1:3] = b"XY"
print(buf)
tail = m[3:]
tail[0] = ord("!")
print(buf, tail.tobytes())
buf[5] = ord("?")
print(m.tobytes(), tail.tolist())
m[::2] = b"123"
print(buf)
print(m.readonly, m.obj is buf)
ro = m.toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
m[2:4] = memoryview(b"mv")
m[4:6] = bytearray(b"ba")
print(buf)
