# toreadonly() views stay live over the bytearray but refuse writes.
buf = bytearray(b"abc")
ro = memoryview(buf).toreadonly()
buf[0] = ord("X")
print(ro.tobytes(), ro.readonly, ro.obj is buf)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(hash(memoryview(b"abc").toreadonly()) == hash(b"abc"))
