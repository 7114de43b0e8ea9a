# Tuples: packing, single-element syntax, immutability, methods, hashing and comparison.
t = 1, 2, 3
print(t, (1,), (), tuple([1]), len(t), t[1:], t[::-1], t + (4,), t * 2)
print(t.count(2), t.index(3), 2 in t, (1, 2) < (1, 3), (1, 2) == (1, 2))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "pair"}
print(d[1, 2], hash((1, 2)) == hash((1, 2)))
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
