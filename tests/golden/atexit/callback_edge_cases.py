# SystemExit and KeyboardInterrupt in callbacks are reported too; callbacks added during exit never run.
import atexit
import sys

def quits():
    print("quits")
    sys.exit(3)

def adds():
    print("adds")
    atexit.register(print, "registered during exit")

def interrupted():
    raise KeyboardInterrupt

class Custom(Exception):
    pass

def custom():
    raise Custom("custom message")

atexit.register(quits)
atexit.register(adds)
atexit.register(interrupted)
atexit.register(custom)
print("main")
