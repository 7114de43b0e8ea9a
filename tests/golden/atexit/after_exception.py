# Callbacks still run after an uncaught exception, after its traceback is printed.
import atexit

atexit.register(print, "atexit ran")
print("raising")
raise ValueError("boom")
