# print to sys.stderr and sys.stdout with flush; both streams are checked.
import sys
print("to stdout", flush=True)
print("to stderr", file=sys.stderr)
print("also stdout", file=sys.stdout)
print("err", 1, 2, sep="+", end="#\n", file=sys.stderr, flush=True)
print(None, file=None)
