# Writing to a file opened for reading: io.UnsupportedOperation, uncaught.
import io

f = open("unsupported_write.py")
try:
    f.read(0)
    f.buffer.write(b"x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.UnsupportedOperation.__mro__)
f.write("x")
