# Callbacks run after sys.exit; the exit status is kept.
import atexit
import sys

atexit.register(lambda: print("saving state"))
try:
    print("exiting")
    sys.exit(4)
finally:
    print("finally block")
