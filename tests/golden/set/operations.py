# Set operators | & - ^ and comparisons on small-int sets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3} <= b, {3} < {3}, a >= {1}, a.isdisjoint({9}), {1, 2} == {2, 1})
c = set(a)
c |= {10}
c &= {1, 10}
c -= {1}
c ^= {11}
print(c)
