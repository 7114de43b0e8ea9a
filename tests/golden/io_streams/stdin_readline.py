# sys.stdin.readline and iteration over sys.stdin, on piped input.
# coil-test: stdin=first\nsecond\nthird\nfourth\n
import sys

print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("loop", repr(line))
print(repr(sys.stdin.readline()))
