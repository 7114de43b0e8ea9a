# A ref's callback runs when the referent is freed, before the next statement's output; not if the ref died first.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def gone(wr):
    print("callback: referent gone, ref returns", wr())


a = Resource("a")
ra = weakref.ref(a, gone)
print("deleting a")
del a
print("after del a")
b = Resource("b")
rb = weakref.ref(b, lambda wr: print("never printed"))
del rb
del b
print("after del b")


def scope():
    c = Resource("c")
    weakref.ref(c, gone)
    keep = weakref.ref(c, gone)
    print("leaving scope")
    return keep


k = scope()
print("done", k())
