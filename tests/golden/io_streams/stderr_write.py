# sys.stderr.write and print(file=sys.stderr) go to standard error.
import sys

print("out 1")
print(sys.stderr.write("err 1\n"))
print("err 2", file=sys.stderr)
sys.stderr.buffer.write(b"err bytes\n")
sys.stderr.flush()
print("out 2")
