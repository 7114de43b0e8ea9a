# Writing characters the encoding lacks: the errors handler decides.
from iohelp import cleanup

name = "encode_errors_write.txt"
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    with open(name, "w", encoding="ascii", errors=errors) as f:
        f.write("naïve €5\n")
    with open(name, "rb") as f:
        print(errors, f.read())
try:
    with open(name, "w", encoding="ascii") as f:
        f.write("ok")
        f.write("né")
except UnicodeEncodeError as e:
    print(e)
with open(name) as f:
    print(repr(f.read()))
cleanup(name)
