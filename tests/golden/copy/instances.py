# Copying user instances: __dict__, __slots__, builtin subclasses, namedtuple.
import copy
from collections import namedtuple, OrderedDict, defaultdict
class Account:
    def __init__(self, owner, history):
        self.owner, self.history = owner, history
a = Account("ann", [10])
b = copy.copy(a)
c = copy.deepcopy(a)
print(type(b).__name__, b.owner, b.history is a.history, c.history is a.history)
class Slotted:
    __slots__ = ("x", "y")
s = Slotted()
s.x = [1]
s2 = copy.deepcopy(s)
print(s2.x, s2.x is s.x, hasattr(s2, "y"))
class Tags(list):
    pass
tags = Tags(["a", ["b"]])
tags.color = "red"
t2 = copy.deepcopy(tags)
print(type(t2).__name__, t2, t2.color, t2[1] is tags[1])
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P(1, [2])))
print(copy.deepcopy(OrderedDict(a=1)), copy.deepcopy(defaultdict(list, k=[1])))
