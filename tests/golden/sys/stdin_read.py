# coil-test: stdin=first line\nsecond\nthird\nfourth\n
# Reading sys.stdin: readline, iteration, then read for the rest.
import sys

print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("got", repr(line.rstrip("\n")))
    if line.startswith("third"):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
