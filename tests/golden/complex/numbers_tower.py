# The numbers ABCs: int, float, complex, Fraction and Decimal in the tower; abstract methods enforced.
import numbers
from fractions import Fraction
from decimal import Decimal
for v in [1, True, 2.5, 1j, Fraction(1, 2), Decimal("1.5"), "x", None]:
    print(repr(v), [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Complex), issubclass(complex, numbers.Real), issubclass(bool, numbers.Integral))
class MyNum(numbers.Real):
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
try:
    MyNum(1)
except TypeError as e:
    print(type(e).__name__, str(e)[:60])
def describe(x):
    if isinstance(x, numbers.Integral): return "integral"
    if isinstance(x, numbers.Rational): return "rational"
    if isinstance(x, numbers.Real): return "real"
    if isinstance(x, numbers.Complex): return "complex"
    return "other"
print([describe(x) for x in [3, 0.5, 2j, Fraction(3, 4), "s"]])
print(numbers.Number.__hash__, numbers.Integral.__mro__)
