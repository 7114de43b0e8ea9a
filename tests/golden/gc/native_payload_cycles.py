# Cycles through native objects (zip, enumerate, filter, iter(f, s), reversed, deque, property, memoryview's owner) are collected.
import gc
import weakref
from collections import deque


class Node:
    pass


def check(name, make):
    n = Node()
    make(n)
    w = weakref.ref(n)
    del n
    gc.collect()
    print(name, "freed" if w() is None else "leaked")


check("zip", lambda n: setattr(n, "it", zip([n], [1])))
check("enumerate", lambda n: setattr(n, "it", enumerate([n])))
check("filter", lambda n: setattr(n, "it", filter(None, [n])))
check("map", lambda n: setattr(n, "it", map(id, [n])))
check("iter_sentinel", lambda n: setattr(n, "it", iter(lambda: n, None)))
check("reversed", lambda n: setattr(n, "it", reversed([n])))
check("deque", lambda n: setattr(n, "d", deque([n])))
check("deque_iter", lambda n: setattr(n, "it", iter(deque([n]))))
check("dict_items", lambda n: setattr(n, "v", {1: n}.items()))
check("property", lambda n: setattr(n, "p", property(lambda s: n)))
check("staticmethod", lambda n: setattr(n, "s", staticmethod(lambda: n)))
check("list_iter", lambda n: setattr(n, "it", iter([n])))
