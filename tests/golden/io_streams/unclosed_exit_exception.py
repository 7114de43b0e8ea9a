# Output written to a file is flushed even when the program ends with an uncaught exception.
import io
from iohelp import cleanup

name = "unclosed_exit_exception.txt"
f = open(name, "w")
f.write("before the error\n")
try:
    raise ValueError("boom")
except ValueError:
    pass
g = open(name)
print(repr(g.read()))
g.close()
f.flush()
with open(name) as h:
    print(repr(h.read()))
cleanup(name)
print("partial line", end="")
raise RuntimeError("at exit")
