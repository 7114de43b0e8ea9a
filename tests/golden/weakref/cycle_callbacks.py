# Callbacks and finalizers of objects freed by the cycle collector run during gc.collect().
import gc
import weakref


class Cyc:
    pass


c = Cyc()
c.me = c
r = weakref.ref(c, lambda w: print("cycle member collected"))
f = weakref.finalize(c, print, "finalizer for cycle")
del c
print("before collect", r() is not None)
gc.collect()
print("after collect", r(), f.alive)
