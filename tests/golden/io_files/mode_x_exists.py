# Mode 'x' creates a file, and refuses one that exists with FileExistsError.
from iohelp import cleanup

name = "mode_x_exists.txt"
with open(name, "x") as f:
    f.write("made")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args)
with open(name) as f:
    print(f.read())
cleanup(name)
