# Fraction.limit_denominator, and the errors of construction and arithmetic.
from fractions import Fraction as F
import math

print(F(math.pi).limit_denominator(), F(math.pi).limit_denominator(100), F(3, 7).limit_denominator(5))
print(F("3.1415926535").limit_denominator(1000), F(1, 3).limit_denominator(3))
for make in [
    lambda: F(1, 0),
    lambda: F("abc"),
    lambda: F("1/"),
    lambda: F("10 / 4"),
    lambda: F("1__0"),
    lambda: F(1.5, 2),
    lambda: F(None),
    lambda: F(1, 3) / 0,
    lambda: F(0) ** -1,
    lambda: F(1, 3).limit_denominator(0),
    lambda: F(float("nan")),
    lambda: F(1, 2) + "x",
]:
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
