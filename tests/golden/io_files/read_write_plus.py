# r+ and w+: writing after reading and reading after writing share one position.
from iohelp import cleanup

name = "read_write_plus.txt"
with open(name, "w+") as f:
    f.write("alpha\nbeta\ngamma\n")
    f.seek(0)
    print(repr(f.readline()))
    f.write("XX")
    f.seek(0)
    print(repr(f.read()))
with open(name, "r+") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("ALP")
    f.seek(0)
    print(repr(f.read()))
with open(name, "rb+") as f:
    print(f.read(2))
    f.write(b"__")
    f.seek(0)
    print(f.read())
cleanup(name)
