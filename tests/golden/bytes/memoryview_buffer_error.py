# A bytearray with a live memoryview cannot change size (BufferError) until released.
b = bytearray(b"abcd")
m = memoryview(b)
for op in ["b.append(1)", "b.extend(b'x')", "b.pop()", "b.clear()", "b += b'x'",
           "b *= 2", "del b[0]", "b[0:1] = b'zz'", "b.insert(0, 1)", "b.remove(97)"]:
    try:
        exec(op)
        print(op, "ok")
    except BufferError as e:
        print(op, "->", e)
b[0:2] = b"zz"
b[3] = 33
b.reverse()
print(b, m.tobytes())
sub = m[1:]
m.release()
try:
    b.append(1)
except BufferError as e:
    print("slice still exports:", e)
del sub
b.append(46)
print(b)
with memoryview(b) as v:
    pass
b.extend(b"!!")
print(b)
