# range: negative steps, repr, slicing, membership, indexing, equality and errors.
r = range(10, -10, -3)
print(list(r), r, repr(range(5)), range(0, 5, 1))
print(r[0], r[-1], r[2:5], r[::-1], list(r[::2]))
print(7 in r, 8 in r, -8 in r, r.index(4), r.count(1))
print(range(0) == range(5, 2), range(0, 3) == range(3), len(range(1, 100, 7)))
print(range(3).start, range(3).stop, range(1, 9, 2).step)
print(list(range(2 ** 64, 2 ** 64 + 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
