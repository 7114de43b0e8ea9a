# sys.stdout.write returns the length; .buffer.write takes bytes (after a flush, as CPython asks).
import sys

print(sys.stdout.write("abc\n"))
print(sys.stdout.write("é€\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
print("after")
sys.stdout.flush()
sys.stdout.writelines(["x\n", "y\n"])
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(e)
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
print("end", flush=True)
