# struct.pack/unpack: every integer and float code, byte orders, sizes, pad bytes, strings.
import struct

for fmt, values in [
    ("<bBhHiIqQ", (-1, 255, -2, 65535, -3, 4294967295, -4, 2**64 - 1)),
    (">bBhHiIqQ", (-1, 255, -2, 65535, -3, 4294967295, -4, 2**64 - 1)),
    ("!H", (258,)), ("=l", (-2,)), ("@bhbi", (1, 2, 3, 4)), ("@lLnN", (-5, 5, -6, 6)),
    ("<fde", (0.1, 0.1, 0.1)), (">d", (3.14,)), ("<?3x?", (5, [])), ("<4s3x?", (b"abcd", 1)),
    ("<5p", (b"hi",)), ("<p", (b"x",)), ("<3s", (b"abcdef",)), ("<2c", (b"a", b"b")), ("<0s", (b"x",)),
]:
    packed = struct.pack(fmt, *values)
    print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
print(struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", b"\x00\x7c"), struct.pack("<e", 65504.0))
print(struct.pack(b"<h", 1), struct.unpack("<h", bytearray(b"\x01\x00")), struct.pack("<d", True))
print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<f", float("inf")), struct.pack("<e", float("nan")))
