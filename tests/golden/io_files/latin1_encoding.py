# encoding='latin-1' (and aliases): one byte per character, both ways.
from iohelp import cleanup

name = "latin1_encoding.txt"
with open(name, "w", encoding="latin-1") as f:
    f.write("café ÿ\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="iso-8859-1") as f:
    print(repr(f.read()), f.encoding)
with open(name, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(name, "w", encoding="latin-1") as f:
        f.write("euro €")
except UnicodeEncodeError as e:
    print(e)
cleanup(name)
