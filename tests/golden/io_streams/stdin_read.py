# sys.stdin.read() and read(n) on piped input.
# coil-test: stdin=héllo\nwörld\n
import sys

print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()))
