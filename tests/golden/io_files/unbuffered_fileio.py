# buffering=0 gives the raw FileIO: every call is one system call.
import io
from iohelp import cleanup

name = "unbuffered_fileio.bin"
with open(name, "wb", buffering=0) as f:
    print(type(f).__name__, f.mode, isinstance(f, io.RawIOBase))
    print(f.write(b"raw bytes\n"), f.tell())
with open(name, "rb", buffering=0) as f:
    print(f.read(3), f.readall(), f.read())
with open(name, "rb", buffering=0) as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(e)
with open(name, "r+b", buffering=0) as f:
    print(f.mode, f.readline())
f = io.FileIO(name)
print(f.read(), f.mode, f.name)
f.close()
cleanup(name)
