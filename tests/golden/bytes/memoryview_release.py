# release() and the context manager: later use is a ValueError; repr says released.
m = memoryview(b"data")
print(m.tobytes())
m.release()
m.release()
for op in [lambda: m.tobytes(), lambda: len(m), lambda: m[0], lambda: m.nbytes,
           lambda: m.tolist(), lambda: m.obj, lambda: m.format, lambda: bytes(m[0:1])]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
print(repr(m).startswith("<released memory at 0x"))
with memoryview(bytearray(b"xyz")) as v:
    print(v.tobytes(), v[1])
try:
    v.tolist()
except ValueError as e:
    print("after with:", e)
print(m == m, v == v, m == memoryview(b"data"))
