# utf-16 and utf-32 files: a byte-order mark first, read back transparently.
from iohelp import cleanup

name = "utf16_file.txt"
for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
    with open(name, "w", encoding=enc) as f:
        f.write("hé😀\nline2\n")
    with open(name, "rb") as f:
        print(enc, f.read()[:8])
    with open(name, encoding=enc) as f:
        print(f.readlines())
cleanup(name)
