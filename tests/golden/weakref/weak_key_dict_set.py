# WeakKeyDictionary and WeakSet forget objects that are freed.
import weakref


class Widget:
    def __init__(self, n):
        self.n = n


extra = weakref.WeakKeyDictionary()
w1, w2 = Widget(1), Widget(2)
extra[w1] = "first"
extra[w2] = "second"
print(len(extra), extra[w1], w2 in extra, Widget(3) in extra, extra.get(Widget(4), "none"))
del w1
print(len(extra), [k.n for k in extra], list(extra.values()))
live = weakref.WeakSet()
items = [Widget(i) for i in range(4)]
for w in items:
    live.add(w)
live.add(items[0])
print(len(live), items[1] in live)
del items[1:3]
print(len(live), sorted(w.n for w in live))
live.discard(items[0])
print(len(live), live.pop().n, len(live))
try:
    live.pop()
except KeyError as e:
    print("KeyError", e)
