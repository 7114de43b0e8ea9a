# name, mode, encoding, errors, closed and the readable/writable/seekable answers.
from iohelp import cleanup

name = "attributes.txt"
for mode in ("w", "r", "a", "r+", "w+", "a+", "wb", "rb", "ab", "r+b"):
    with open(name, mode) as f:
        print(mode, f.name, f.mode, f.readable(), f.writable(), f.seekable(), f.isatty(), f.fileno() > 2)
with open(name, errors="ignore") as f:
    print(f.encoding, f.errors, f.line_buffering, f.buffer.mode, f.buffer.raw.mode)
with open(name, "w", buffering=1) as f:
    print(f.line_buffering)
cleanup(name)
