# input() and sys.stdin share one buffer: lines are never read twice or lost.
# coil-test: stdin=1\n2\n3\n4\n
import sys

print(input())
print(repr(sys.stdin.readline()))
print(input())
print(sys.stdin.read())
