# Tuple/list unpacking, swaps, and starred targets.
a, b = 1, 2
a, b = b, a
print(a, b)
[x, y, z] = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(4)
print(init, last)
head, *mid, tail = "ab"
print(head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m, = [42]
print(m)
