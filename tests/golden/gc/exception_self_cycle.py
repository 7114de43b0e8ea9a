# Cycles made of exceptions alone are reclaimed and their __del__ runs.
import gc, weakref
class E(Exception):
    def __del__(self):
        print("del", self.args)
def make():
    e = E(1)
    e.me = e
    f = E(2)
    f.other = f
    return weakref.ref(e)
r = make()
gc.collect()
print(r() is None)
class Node:
    pass
n = Node(); n.err = E(3); n.err.owner = n
del n
print(gc.collect() > 0)
print("end")
