# print(..., file=f) writes through the file's write(); sep, end and flush work.
from iohelp import cleanup

name = "print_to_file.txt"
with open(name, "w") as f:
    print("a", 1, [2], file=f)
    print("b", "c", sep="-", end="!\n", file=f, flush=True)
    print(file=f)
with open(name) as f:
    print(repr(f.read()))
cleanup(name)
