# Tuples unpacked and built in turn: a shared tuple keeps its items, new tuples are whole and distinct.
pair = (1, [2])
keep = pair
a, b = pair
print(pair, keep, a, b, keep is pair)


def divmod_pair(i):
    return i // 3, i % 3


saved = []
for i in range(5):
    q, r = divmod_pair(i)
    t = (r, q)
    saved.append(t)
    x, y, z = (q, r, i)
    saved.append((z, y, x))
print(saved)


def gen():
    prev = None
    for i in range(4):
        if prev is not None:
            yield prev, i
        prev = i


for a, b in gen():
    print(a, b, (a, b), (b,), (a, b, a, b))
print(list(gen()), dict(gen()))
held = {}
for a, b in gen():
    held[(a, b)] = (b, a)
print(held, [k for k in held])


class Loud:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


u, v = Loud(1), Loud(2)
print("unpacked", u.n, v.n)
u = v = None
print("end")
