# Set displays of constants (folded into a frozenset and merged, as CPython 3.11 does) iterate in CPython's order
print({1, 20, 3, 40, 5, 17})
print({1, 9, 17, 25})
print({8, 16, 24, 32, 0, 64})
print({0, 64, 128, 1, 65, 129, 192})
print({-1, -2, 7, 2**61, 2**62})
print({-8, -16, 16, 8, 0, -24, 24})
print({(1, 2), (3, 4), (5, 6), (7, 8), (0, 0)} == {(0, 0), (1, 2), (3, 4), (5, 6), (7, 8)})
print(list({16 * i for i in range(12)}))
print({1, 2}, {9, 1}, {17, 1, 9})
x = 5
print({x, 13, 21, 29, 37})
print({*[100, 33, 65, 1, 2]})
print(sorted({3, 1, 2}) == [1, 2, 3], len({1, 1, 1, 9, 9}))
for n in (3, 5, 7, 12, 30, 40):
    print(n, list(set(range(0, 8 * n, 8))))
