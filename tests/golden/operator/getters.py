# itemgetter, attrgetter (dotted), methodcaller: results and reprs.
from operator import itemgetter, attrgetter, methodcaller
rows = [("bob", 25), ("alice", 30), ("carol", 25)]
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"), itemgetter("k")({"k": 9}))
print(itemgetter(1), itemgetter(0, "a"))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.me = self
    def scaled(self, k, *, shift=0):
        return (self.x * k + shift, self.y * k + shift)
p = Pt(1, 2)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("me.me.y")(p))
print(attrgetter("x"), attrgetter("me.x", "y"))
print(methodcaller("scaled", 3)(p), methodcaller("scaled", 2, shift=1)(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1))
try:
    attrgetter("z")(p)
except AttributeError as e:
    print(e)
