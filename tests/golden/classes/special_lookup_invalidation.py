# Special methods found on a class follow later changes to it, its bases and __class__.
class Tally(dict):
    def __missing__(self, key):
        return 0

t = Tally()
for w in "a b a c a".split():
    t[w] += 1
print(sorted(t.items()))

Tally.__missing__ = lambda self, key: 100          # the class changes
t["z"] += 1
print(t["z"], t["q"])

del Tally.__missing__                                # gone: KeyError again
try:
    t["nope"]
except KeyError as e:
    print("KeyError", e)

class Base:
    pass

class Child(Base):
    pass

c = Child()
try:
    len(c)
except TypeError as e:
    print(e)
Base.__len__ = lambda self: 7                        # a base class changes
print(len(c))
Base.__len__ = lambda self: 8
print(len(c))

class Other(Base):
    def __len__(self):
        return 42

c.__class__ = Other                                  # the instance changes class
print(len(c))
for k in range(3):                                   # classes made and dropped in a loop
    class Temp:
        def __getitem__(self, i, k=k):
            return (k, i)
    print(Temp()[k])
d = Tally(x=1)
d.update(y=2)
d[5] = "five"
print(d[5], d["x"], d.get("y"), 5 in d, d["absent"] if hasattr(Tally, "__missing__") else "no missing")
