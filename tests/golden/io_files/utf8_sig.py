# utf-8-sig writes a BOM and skips it when reading; plain utf-8 keeps it.
from iohelp import cleanup

name = "utf8_sig.txt"
with open(name, "w", encoding="utf-8-sig") as f:
    f.write("data\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
cleanup(name)
