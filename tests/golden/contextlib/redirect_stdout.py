# redirect_stdout/redirect_stderr send print() to another writer and restore it.
import sys
from contextlib import redirect_stdout, redirect_stderr


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


out = Capture()
with redirect_stdout(out) as target:
    print("hidden", 42)
    print("more", end="!")
    sys.stdout.write("direct")
print(target is out, out.parts)
err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.parts, sys.stdout is sys.__stdout__)
