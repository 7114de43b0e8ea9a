# range with bounds beyond 64 bits: repr, len, indexing, slicing, reversed, membership, index, hash.
r = range(2**64, 2**64+10, 3)
print(r, r.start, r.step, len(r), r[1], r[-1], r[1:3], r[::-1], list(reversed(r)), 2**64+3 in r, 2**64+4 in r)
print(r.index(2**64+6), r.count(2**64+6), hash(r) == hash(range(2**64, 2**64+12, 3)), r == range(2**64, 2**64+12, 3))
print(type(iter(r)).__name__, type(reversed(range(3))).__name__, list(reversed(range(1, 10, 4))))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2**64)[2**63+5], range(-2**70, 0, 2**68)[-1])
try:
    range(2**64)[2**64]
except IndexError as e:
    print("IndexError:", e)
