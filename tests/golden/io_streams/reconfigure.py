# sys.stdout.reconfigure changes line buffering and error handling.
import sys

print(sys.stdout.line_buffering, sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors, sys.stdout.encoding)
try:
    sys.stdout.reconfigure(newline="x")
except ValueError as e:
    print(e)
try:
    sys.stdout.reconfigure(True)
except TypeError as e:
    print(e)
