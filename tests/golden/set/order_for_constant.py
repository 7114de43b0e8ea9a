# for-loops over a constant set display iterate CPython's folded frozenset order
for i in {40, 8, 16, 24, 0, 64}:
    print(i, end=" ")
print()
for i in {9, 1}:
    print(i, end=" ")
print()
print([x for x in {17, 1, 9, 25, 33}], 3 in {1, 2, 3}, 9 not in {1, 9, 17})
for t in {(1, 2), (3, 4), (0, 0)}:
    print(type(t).__name__, len(t), end=" ")
print()
