# An uncaught UnicodeDecodeError from reading a file, with its traceback.
from iohelp import cleanup

name = "decode_error_uncaught.txt"
with open(name, "wb") as f:
    f.write(b"\xff")
f = open(name)
cleanup(name)
f.read()
