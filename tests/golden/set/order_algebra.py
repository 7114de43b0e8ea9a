# Intersection, difference and symmetric difference produce CPython's iteration order
a = set(range(0, 400, 16))
b = {x for x in range(0, 400, 48)}
print(list(a & b), list(b & a))
print(a.intersection(b), b.intersection(range(0, 100)))
x = set(range(100))
x &= {1, 2, 3, 200}
x |= set(range(90, 130, 9))
print(list(x))
print(list(a - b), list(b - a), a.difference(b, {0}))
print({8, 16, 24, 32, 0, 64} - {16})
print({8, 16, 24} ^ {24, 32, 40, 48, 56}, a.symmetric_difference(b))
y = set(range(0, 64, 4))
y -= {0, 4, 8}
print(y)
y ^= {100, 4, 12, 36}
print(y)
z = {x * 8 for x in range(20)}
z.difference_update([0, 8, 16])
z.symmetric_difference_update({1, 9, 24})
print(z)
q = {1, 2, 3}
q -= q
print(q, a - a, a ^ a, a & a == a)
