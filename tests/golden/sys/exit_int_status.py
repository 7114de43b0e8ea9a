# sys.exit(n) exits with status n and prints nothing.
import sys

print("exiting with 42")
sys.exit(42)
