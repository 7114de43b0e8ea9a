# Nested unpacking with stars at different levels.
data = [(1, (2, 3, 4)), (5, (6, 7, 8))]
for a, (b, *c) in data:
    print(a, b, c)
[(x, *y), *z] = [(1, 2, 3), 4, 5]
print(x, y, z)
((a, b), (c, d)) = ["ab", "cd"]
print(a, b, c, d)
