# A binary file takes bytes, a text file takes str: CPython's TypeErrors.
from iohelp import cleanup

name = "binary_type_errors.bin"
with open(name, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(name, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
    try:
        f.write(5)
    except TypeError as e:
        print(e)
cleanup(name)
