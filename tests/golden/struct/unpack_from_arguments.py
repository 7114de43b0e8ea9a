# struct.unpack_from and Struct.unpack_from bind (format, /, buffer, offset=0) as CPython's clinic does.
import struct

s = struct.Struct("<h")
calls = [
    lambda: s.unpack_from(b"xab", offset=1),
    lambda: s.unpack_from(buffer=b"ab"),
    lambda: s.unpack_from(),
    lambda: s.unpack_from(b"ab", x=1),
    lambda: s.unpack_from(b"ab", 0, 1),
    lambda: s.unpack_from(b"ab", buffer=b"ab"),
    lambda: struct.unpack_from("<h", b"xab", offset=1),
    lambda: struct.unpack_from("<h"),
    lambda: struct.unpack_from("<h", b"ab", y=2),
    lambda: struct.unpack_from(),
    lambda: struct.unpack_from(format="<h", buffer=b"ab"),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
