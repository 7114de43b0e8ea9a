# Reference cycles through map, zip, filter, enumerate, reversed and iter(f, sentinel) objects are collected.
import gc
import weakref


class Probe:
    pass


def cycle_through(make):
    p = Probe()
    lst = [p]
    lst.append(make(lst))
    r = weakref.ref(p)
    del p, lst
    gc.collect()
    return r() is None


print("map", cycle_through(lambda lst: map(str, lst)))
print("zip", cycle_through(lambda lst: zip(lst, lst)))
print("filter", cycle_through(lambda lst: filter(None, lst)))
print("enumerate", cycle_through(lambda lst: enumerate(lst)))
print("reversed", cycle_through(lambda lst: reversed(lst)))
print("callable_iterator", cycle_through(lambda lst: iter(lst.pop, None)))
print("nested", cycle_through(lambda lst: map(str, zip(enumerate(lst), filter(None, lst)))))
