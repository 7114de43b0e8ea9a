# Fractions from Decimals (constructor and from_decimal) and Decimal == Fraction comparisons.
from fractions import Fraction
from decimal import Decimal
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.5")), Fraction(Decimal("3")))
try:
    Fraction.from_decimal(Decimal("nan"))
except ValueError as e:
    print(e)
try:
    Fraction(Decimal("inf"))
except OverflowError as e:
    print(e)
print(Decimal(3) == Fraction(3), Fraction(1, 2) == Decimal("0.5"))
