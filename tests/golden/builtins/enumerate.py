# enumerate with a start value, over strings and generators; its repr is not printed.
print(list(enumerate("abc")), list(enumerate("ab", 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
e = enumerate(x * 2 for x in range(3))
print(next(e), next(e), list(e))
