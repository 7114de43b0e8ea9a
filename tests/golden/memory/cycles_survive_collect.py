# Cycles still reachable from a local, a global, a closure, a class attribute and a suspended generator survive gc.collect() intact.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def pair(tag):
    a = Node(tag + "-a")
    b = Node(tag + "-b")
    a.other = b
    b.other = a
    return a


glob = pair("global")


class Holder:
    kept = pair("class-attr")


def make_closure():
    held = pair("closure")
    lst = [held]
    lst.append(lst)

    def get():
        return held, lst

    return get


def gen():
    mine = pair("generator")
    selfref = []
    selfref.append(selfref)
    yield mine.name
    gc.collect()
    yield mine.other.name, mine.other.other is mine, selfref[0] is selfref


def local_only():
    loc = pair("local")
    d = {"me": None}
    d["me"] = d
    for _ in range(3):
        gc.collect()
        junk = [pair(str(i)) for i in range(2000)]
    return loc.other.other.name, d["me"]["me"] is d, len(junk)


get = make_closure()
g = gen()
print(next(g))
for _ in range(3):
    gc.collect()
print(local_only())
held, lst = get()
print(held.name, held.other.name, held.other.other is held, lst[1] is lst)
print(glob.name, glob.other.name, glob.other.other is glob)
print(Holder.kept.name, Holder.kept.other.other is Holder.kept)
print(next(g))
print(isinstance(gc.collect(), int))
