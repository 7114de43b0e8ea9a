# Data written to a file that is never closed reaches it when the file object is freed.
from iohelp import cleanup

name = "unclosed_flushed.txt"


def write_without_close():
    f = open(name, "w")
    f.write("kept\n" * 3)


write_without_close()
with open(name) as f:
    print(repr(f.read()))
g = open(name, "a")
g.write("more\n")
del g
with open(name) as f:
    print(f.read().count("\n"))
cleanup(name)
