# Every operation on a closed file is "ValueError: I/O operation on closed file."
from iohelp import cleanup

name = "closed_file.txt"
with open(name, "w") as f:
    f.write("data\n")
print(f.closed)
f.close()
for op in (f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), lambda: next(f), lambda: iter(f)):
    try:
        op()
    except ValueError as e:
        print(e)
g = open(name, "rb")
g.close()
try:
    g.read()
except ValueError as e:
    print(e)
with open(name) as h:
    pass
cleanup(name)
h.read()
