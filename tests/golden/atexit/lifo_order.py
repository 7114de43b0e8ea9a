# atexit callbacks run after the main module, newest first, with their arguments.
import atexit

def bye(name, punct="!"):
    print("bye", name + punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
f = atexit.register(print, "third", "x", sep="-")
print(f is print)
print("end of module")
