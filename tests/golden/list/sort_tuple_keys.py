# Sorting by tuple keys: int/str items, prefixes, mixed item types, stability, errors.
rows = [(3, "b", 1), (1, "z", 2), (3, "a", 3), (1, "z", 0), (2, "m", 4)]
print(sorted(rows))
print(sorted(rows, key=lambda r: (r[0], r[1])))
print(sorted(rows, key=lambda r: (r[0],), reverse=True))
print(sorted([(1, 2), (1,), (1, 2, 0), ()]))
print(sorted([(1, 2.5), (1, 2), (1, True), (0.5, 9)]))
print(sorted([("b", 1), ("a", 2), ("a", 1), ("é", 0), ("Z", 5)]))
nan = float("nan")
print(sorted([(1, nan, 1), (1, nan, 0)], key=lambda t: t[2]))
print(sorted([(2, [1]), (1, [2]), (2, [0])]))
print(sorted([(-2**70, 1), (2**70, 0), (0, 2)]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __repr__(self): return f"K({self.v})"
print(sorted([(1, K(2)), (1, K(1)), (0, K(5))]))
for bad in [[(1, "a"), (1, 2)], [(None,), (None,)], [(1, None), (1, 0)]]:
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
data = [(i % 3, -i) for i in range(8)]
data.sort(key=lambda t: (t[0],))
print(data)
