# A \r\n pair split across two read chunks still counts as one newline.
from iohelp import cleanup

name = "crlf_chunk_boundary.txt"
with open(name, "wb") as f:
    f.write(b"a" * 8191 + b"\r\n" + b"next\r\n" + b"x" * 8190 + b"\r" + b"\r\nend")
with open(name) as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], lines[1], lines[3:])
with open(name, newline="") as f:
    print([len(l) for l in f.readlines()])
cleanup(name)
