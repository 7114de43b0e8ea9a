# set()/frozenset() of sets and dicts, copy, union, update and |= place items as CPython's set_merge does
t = set()
for x in [100, 33, 65, 1, 2]:
    t.add(x)
print(t, {*t}, set(t), frozenset(t), t.copy())
s = {1, 20, 3, 40, 5, 17}
print(s.union([99]), s | {99}, s.union(s))
d = {64: 1, 128: 2, 0: 3, 8: 4, 1: 5, 192: 6}
print(set(d), frozenset(d), set(d.keys()))
c = {x * 64 for x in range(200)} | {x * 64 + 1 for x in range(0, 200, 7)}
print(list(c)[:12])
u = {x * 16 for x in range(10)}
u.update({x * 16 + 1 for x in range(10)})
print(list(u))
v = set(range(0, 256, 32))
v |= {1, 33, 65, 97}
print(v)
w = {*{8, 16, 24}, *{32, 40, 48, 56, 64}}
print(w)
print(list({-1, -2, 7, 2**61, 2**62} | {3, -3}))
print(set(set(set([5, 13, 21, 29, 37, 45]))))
print(s.copy().copy(), frozenset(s) | frozenset([6, 22]))
