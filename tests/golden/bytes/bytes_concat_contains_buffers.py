# bytes + any buffer, and buffers on the left of `in`, as CPython's buffer protocol.
b = b"hello"
print(b + bytearray(b"!"), b + memoryview(b"?"), bytearray(b"x") + memoryview(b"y"))
print(memoryview(b"ell") in b"hello" if False else bytearray(b"ell") in b, memoryview(b"ll") in b)
print(b"zz" in bytearray(b"azz"), memoryview(b"q") in bytearray(b"q"))
for bad in [lambda: b + "s", lambda: "s" in b, lambda: b + 1, lambda: [1] in b]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
