# sys.stdin.readlines() reads every remaining line.
# coil-test: stdin=a\nb b\n\nlast
import sys

print(sys.stdin.readlines())
print(sys.stdin.readlines())
