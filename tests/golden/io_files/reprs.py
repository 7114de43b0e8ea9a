# The reprs of text files, buffered binary files and unbuffered FileIO objects.
from iohelp import cleanup

name = "reprs.txt"
with open(name, "w") as f:
    print(f)
    print(f.buffer)
    print(f.buffer.raw)
with open(name, "r", encoding="latin-1") as f:
    print(f)
with open(name, "rb") as f:
    print(f)
with open(name, "r+b") as f:
    print(f)
f = open(name, "ab", buffering=0)
print(f)
f.close()
print(f)
with open(name, "w+") as f:
    print(f, f.buffer, f.buffer.raw)
cleanup(name)
