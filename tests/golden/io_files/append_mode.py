# Mode 'a' appends and starts at the end; 'a+' can read after seeking.
from iohelp import cleanup

name = "append_mode.txt"
with open(name, "w") as f:
    f.write("one\n")
with open(name, "a") as f:
    print(f.tell())
    f.write("two\n")
    print(f.tell())
with open(name, "a+") as f:
    f.write("three\n")
    f.seek(0)
    print(f.read().splitlines())
cleanup(name)
