# A text file's .buffer is its binary layer, and .raw the FileIO under that.
from iohelp import cleanup

name = "buffer_attribute.txt"
with open(name, "w") as f:
    f.write("text ")
    f.flush()
    f.buffer.write(b"bytes\n")
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.name)
with open(name) as f:
    print(repr(f.read()))
    print(f.buffer.closed)
print(f.buffer.closed, f.buffer.raw.closed)
cleanup(name)
