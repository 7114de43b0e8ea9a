# open() takes any object with __fspath__, and bytes paths.
from iohelp import cleanup


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


name = "pathlike.txt"
with open(P(name), "w") as f:
    print(f.name == P(name), type(f.name).__name__)
    f.write("via fspath")
with open(name.encode()) as f:
    print(f.read(), f.name)
cleanup(name)
