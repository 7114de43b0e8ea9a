# dict.__reversed__ exists (keys, newest first) and dict subclasses inherit it.
from collections import OrderedDict

d = {"a": 1, "b": 2, "c": 3}
print(list(d.__reversed__()), list(reversed(d)), list(reversed(d.items())))


class Tracked(dict):
    pass


t = Tracked(x=1, y=2)
print(list(t.__reversed__()), list(reversed(t)))
od = OrderedDict(p=1, q=2)
od.move_to_end("p")
print(list(reversed(od)), od.popitem())
