# memoryview's errors: read-only memory, bad keys, formats, structures, deletion.
ro = memoryview(b"abc")
rw = memoryview(bytearray(b"abcd"))
tests = [
    lambda: ro.__setitem__(0, 1), lambda: ro[5], lambda: ro["a"], lambda: ro[1.0],
    lambda: rw.__setitem__(0, 300), lambda: rw.__setitem__(0, -1),
    lambda: rw.__setitem__(0, "a"), lambda: rw.__setitem__(0, 1.5),
    lambda: rw.__setitem__(slice(0, 1), b"xyz"), lambda: rw.__setitem__(slice(0, 2), [1, 2]),
    lambda: rw.__setitem__(slice(0, 2), "ab"), lambda: rw.__delitem__(0),
    lambda: memoryview("text"), lambda: memoryview(3), lambda: memoryview([1, 2]),
    lambda: ro < ro, lambda: hash(rw), lambda: rw.tobytes("Z"), lambda: ro[-4],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
