# Reading a file opened for writing: io.UnsupportedOperation ('not readable', 'read').
import io
from iohelp import cleanup

name = "unsupported_read.txt"
with open(name, "w") as f:
    for call in (f.read, f.readline, f.readlines):
        try:
            call()
        except io.UnsupportedOperation as e:
            print(call.__name__, e)
with open(name, "wb") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("binary", e)
cleanup(name)
