# Output printed before an uncaught exception still appears; stdout and stderr both.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
raise RuntimeError("boom")
