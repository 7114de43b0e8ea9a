# Text files: write() returns the length, read()/readline()/readlines()/iteration read it back.
from iohelp import cleanup

name = "write_read_text.txt"
with open(name, "w") as f:
    print(f.write("first line\n"))
    print(f.write("second\nthird"))
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(name) as f:
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
cleanup(name)
