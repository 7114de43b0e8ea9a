# bytes.hex / bytearray.hex / memoryview.hex with a separator and group size.
data = bytes(range(1, 8))
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -2), data.hex(b"_", 3))
print(bytearray(b"\xde\xad\xbe\xef").hex(":", 2), memoryview(b"\x00\xff").hex("|"))
print(b"".hex(":"), b"a".hex(":", 5), data.hex(sep=".", bytes_per_sep=4))
for bad in [lambda: data.hex("::"), lambda: data.hex(3), lambda: data.hex("\xe9"),
            lambda: data.hex(":", "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
