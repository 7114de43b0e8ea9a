# print() follows sys.stdout: assigning a StringIO or using contextlib.redirect_stdout captures it.
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
    sys.stdout.write("written\n")
print("back", repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
text = sys.stdout.getvalue()
sys.stdout = old
print(repr(text), sys.stdout is sys.__stdout__)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
