# atexit._run_exitfuncs runs and clears the callbacks now; _ncallbacks counts them.
import atexit

atexit.register(print, "one")
atexit.register(print, "two")
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, "at exit")
atexit._clear()
atexit.register(print, "last")
