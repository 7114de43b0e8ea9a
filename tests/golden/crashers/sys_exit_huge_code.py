# sys.exit() with an int past a C long exits with status 255 and prints nothing.
import sys

print("before")
sys.exit(2**63)
