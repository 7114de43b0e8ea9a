# readline(n) and read(n) count characters, not bytes.
from iohelp import cleanup

name = "readline_limit.txt"
with open(name, "w") as f:
    f.write("ééééé\nabc\n")
with open(name) as f:
    print(repr(f.readline(2)), repr(f.readline(10)), repr(f.readline(0)), repr(f.readline(-1)))
with open(name) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read(100)), repr(f.read(1)))
with open(name, "rb") as f:
    print(f.readline(3), f.readline(100), f.readlines())
with open(name) as f:
    print(f.readlines(3))
cleanup(name)
