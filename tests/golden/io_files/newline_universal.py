# Universal newlines: \r\n and \r read as \n; newline='' keeps them, splitting lines on all three.
from iohelp import cleanup

name = "newline_universal.txt"
with open(name, "wb") as f:
    f.write(b"unix\nwindows\r\nmac\rlast")
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(f.readlines())
with open(name, newline="\n") as f:
    print(f.readlines())
with open(name, newline="\r") as f:
    print(f.readlines())
with open(name, newline="\r\n") as f:
    print(f.readlines())
with open(name) as f:
    print(repr(f.read(9)), repr(f.read(2)), repr(f.read()))
cleanup(name)
