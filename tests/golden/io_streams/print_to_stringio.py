# print(file=...) with sep, end and flush on a StringIO, and on any object with write().
import io


class Collect:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)

    def flush(self):
        self.calls.append("<flush>")


s = io.StringIO()
print(1, 2, 3, sep=", ", end=".\n", file=s)
print(file=s)
print(repr(s.getvalue()))
c = Collect()
print("a", "b", file=c, flush=True)
print(c.calls)
try:
    print("x", file=42)
except AttributeError as e:
    print(e)
