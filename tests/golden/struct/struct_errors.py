# struct's errors: field ranges, argument out of range, wrong types and counts, buffer sizes, bad formats.
import struct

for fmt, args in [
    ("<h", (70000,)), ("<B", (-1,)), ("<b", (200,)), ("i", (2**40,)), ("<I", (-1,)), ("<I", (2**40,)),
    ("<q", (2**70,)), ("<Q", (-1,)), ("<H", (70000,)), ("@L", (-1,)), ("c", (b"ab",)), ("<c", (65,)),
    ("<i", ("x",)), ("<i", (1.5,)), ("<f", ("x",)), ("<i", (1, 2)), ("2i", (1,)), ("<i", ()),
    ("z", (1,)), ("<n", (1,)), ("3", ()), ("<e", (1e10,)), ("<f", (1e300,)), ("<s", ("x",)),
]:
    try:
        print(fmt, struct.pack(fmt, *args))
    except (struct.error, TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for call in [
    lambda: struct.unpack("<i", b"\x01\x02"), lambda: struct.unpack("<h", "ab"),
    lambda: list(struct.iter_unpack("<h", b"\x01")), lambda: struct.iter_unpack("", b""),
    lambda: struct.unpack_from("<i", b"ab", 0), lambda: struct.unpack_from("<h", b"abc", -5),
    lambda: struct.pack_into("<i", bytearray(2), 0, 1), lambda: struct.pack_into("<h", b"ab", 0, 1),
    lambda: struct.Struct(5), lambda: struct.calcsize("q!"),
]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__)
