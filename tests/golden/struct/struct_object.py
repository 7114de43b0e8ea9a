# struct.Struct, calcsize with native alignment, pack_into/unpack_from offsets, iter_unpack.
import struct

header = struct.Struct(">3sI")
print(header.format, header.size, isinstance(header, struct.Struct))
print(header.unpack(header.pack(b"ab", 5)))
for fmt in ["@bi", "<bi", "@iq", "bq0i", "P", "3x2s", "10s", "@hq", "=hq", "@?d"]:
    print(fmt, struct.calcsize(fmt))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 1, 2)
print(buf, struct.unpack_from("<h", buf, 4), struct.unpack_from("<h", buf, offset=2), struct.unpack_from("<h", b"abcd", -2))
print(list(struct.iter_unpack("<hB", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack("<H", bytes(6))
print(it.__length_hint__(), next(it), it.__length_hint__())
records = [(1, 2.5, b"ann"), (2, -1.0, b"bob")]
rec = struct.Struct("<If8s")
blob = b"".join(rec.pack(*r) for r in records)
print(len(blob), [(i, f, n.rstrip(b"\0")) for i, f, n in rec.iter_unpack(blob)])
