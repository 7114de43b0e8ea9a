# Mixing readline(), iteration and read() on one text file continues where the last stopped.
from iohelp import cleanup

name = "iterate_after_partial.txt"
with open(name, "w") as f:
    f.writelines(f"{i}\n" for i in range(6))
with open(name) as f:
    print(repr(f.readline()))
    for line in f:
        print(repr(line))
        if line == "2\n":
            break
    print(repr(f.read(2)), f.readlines())
cleanup(name)
