# Fraction construction: ints, pairs, strings, floats, other Fractions; normalised sign and terms.
from fractions import Fraction as F

for args in [(3, 4), (6, -8), (0, 5), (-10, -4), (7,)]:
    print(args, F(*args), repr(F(*args)))
for text in ["3/4", " -6/8 ", "1.5", "-.25", "1e-3", "2.5E2", "1_000", "+7", "0/3", "10/4"]:
    print(repr(text), F(text))
print(F(0.1), F(-2.75), F(1e20), F(F(1, 3), F(2, 3)), F(F(5, 2)))
print(F.from_float(0.5), F.from_float(3), F(1, 3).as_integer_ratio())
f = F(22, 7)
print(f.numerator, f.denominator, type(f.numerator).__name__)
