# Fraction arithmetic: exact with ints and Fractions, float with floats; powers, floor, mod, rounding.
from fractions import Fraction as F
import math

a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(F(7, 2), F(2, 3)))
print(a + 1, 1 - a, 2 * a, 1 / a, a + 0.5, 0.25 * a)
print(a ** 2, a ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(1, 2))
print(-a, +a, abs(F(-3, 4)), int(F(-7, 2)), float(F(1, 8)), bool(F(0)), bool(a))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2))
print(sum([F(1, n) for n in range(1, 7)]), sum(F(1, 2**k) for k in range(10)))
print(F(3, 4) == 0.75, F(1, 3) == 1 / 3, F(2) == 2, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(1) <= 1)
print(sorted([F(1, 2), 0.3, F(1, 3), 1, F(-1, 5)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)))
