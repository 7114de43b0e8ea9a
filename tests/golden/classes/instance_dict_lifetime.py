# An instance's __dict__ outlives it; new instances start empty; attribute order and vars() after reuse.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
kept = []
for i in range(5):
    p = P(i, str(i))
    if i % 2:
        kept.append(vars(p))
    del p
print(kept)
for i in range(3):
    q = P(i, i * 1.5)
    print(vars(q), q.__dict__ is vars(q))
    q.z = [i]
    del q.x
    q.x = "again"
    print(list(vars(q)))
class E:
    pass
e = E()
print(vars(e))
e.a = 1
print(vars(e))
d = P(1, 2).__dict__
d["w"] = 3
print(d)
objs = [P(i, i) for i in range(8)]
del objs[::2]
print([vars(o) for o in objs])
many = [P(j, -j) for j in range(40)]
del many
print(vars(P("a", "b")), len(vars(P(0, 0))))
r = P(1, 2)
r.__dict__.clear()
print(vars(r), hasattr(r, "x"))
