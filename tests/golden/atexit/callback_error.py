# An exception in a callback is reported as "Exception ignored in atexit callback"; others run.
import atexit

def ok():
    print("ok ran")

def broken():
    raise RuntimeError("callback failed")

atexit.register(ok)
atexit.register(broken)
print("main done")
