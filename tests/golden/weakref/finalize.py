# weakref.finalize: runs once when the object is freed or when called; detach, peek, alive.
import weakref


class TempFile:
    pass


def cleanup(name, mode="quiet"):
    print("cleanup", name, mode)
    return name.upper()


t = TempFile()
f = weakref.finalize(t, cleanup, "t1", mode="loud")
print(f.alive, f.atexit, f.peek()[1:])
print(f(), f.alive, f())
t2 = TempFile()
f2 = weakref.finalize(t2, cleanup, "t2")
print("freeing t2")
del t2
print("alive:", f2.alive)
t3 = TempFile()
f3 = weakref.finalize(t3, cleanup, "t3")
obj, func, args, kwargs = f3.detach()
print(obj is t3, func is cleanup, args, kwargs, f3.alive, f3.detach())
del t3, obj
print("end")
