# newline= on writing: '\r\n' and '\r' replace each \n; None and '' write \n.
from iohelp import cleanup

name = "newline_write.txt"
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(name, "w", newline=nl) as f:
        f.write("a\nb\r\n")
        print("c", file=f)
    with open(name, "rb") as f:
        print(repr(nl), f.read())
cleanup(name)
