# Binary files: bytes in and out, read(n), tell() and seek() in bytes.
from iohelp import cleanup

name = "binary_read_write.bin"
with open(name, "wb") as f:
    print(f.write(b"\x00\x01\x02hello\nworld\n"))
    print(f.write(bytearray(b"\xff\xfe")))
    print(f.tell())
with open(name, "rb") as f:
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.read())
    print(f.read(), f.tell())
    print(f.seek(3), f.read(5))
    print(f.seek(-2, 2), f.read())
    print(f.seek(-4, 1), f.read(1))
with open(name, "rb") as f:
    print(list(f))
cleanup(name)
