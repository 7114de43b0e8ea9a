# Invalid UTF-8 in a text file: strict raises, the other handlers substitute.
from iohelp import cleanup

name = "decode_errors.txt"
with open(name, "wb") as f:
    f.write(b"ok \xff\xfe bad \xe2\x82 end\n")
for errors in ("replace", "ignore", "backslashreplace"):
    with open(name, errors=errors) as f:
        print(errors, repr(f.read()))
try:
    with open(name) as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
with open(name, "w") as f:
    f.write("\xff")
with open(name, encoding="ascii", errors="strict") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e)
cleanup(name)
