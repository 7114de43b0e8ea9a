# Sizes no machine can allocate raise MemoryError, and the interpreter keeps working afterwards.
cases = [
    ("str repeat", lambda: "a" * 10**12),
    ("bytes repeat", lambda: b"a" * 10**12),
    ("list repeat", lambda: [0] * 10**12),
    ("tuple repeat", lambda: (1,) * 10**12),
    ("center", lambda: "x".center(2**62)),
    ("rjust", lambda: "a".rjust(10**12)),
    ("zfill", lambda: "7".zfill(10**12)),
    ("bytes(n)", lambda: bytes(10**12)),
    ("to_bytes", lambda: (1).to_bytes(2**62, "big")),
    ("percent width", lambda: "%*d" % (2**40, 1)),
    ("format width", lambda: format(1, "1000000000000d")),
    ("str.format width", lambda: "{:>{w}}".format(1, w=10**12)),
    ("list(range)", lambda: list(range(2**62))),
]
for name, f in cases:
    try:
        f()
        print(name, "built")
    except MemoryError as e:
        print(name, type(e).__name__, repr(e))
x = [1]
try:
    x *= 10**12
except MemoryError:
    print("inplace list unchanged:", x)
print("after:", "ab" * 3, [0] * 3, "7".zfill(3))
