# truncate() cuts a file at a size (the position by default) and returns it.
from iohelp import cleanup

name = "truncate.txt"
with open(name, "w") as f:
    f.write("0123456789")
    print(f.truncate(4))
    f.seek(0, 2)
    print(f.tell())
with open(name, "r+b") as f:
    f.seek(2)
    print(f.truncate(), f.tell())
    print(f.read())
with open(name, "rb") as f:
    print(f.read())
cleanup(name)
