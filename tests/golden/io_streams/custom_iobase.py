# A program's own stream class on io.TextIOBase / io.RawIOBase gets the mixin methods.
import io


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print("hello", "there", file=u)
u.writelines(["a", "b"])
print(u.parts, u.closed, isinstance(u, io.IOBase))
with u:
    pass
print(u.closed)
try:
    u.write("x") if not u.closed else u.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
