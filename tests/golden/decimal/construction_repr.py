# Decimal from str, int, float, tuple and Decimal; str/repr, as_tuple, specials, conversion errors.
from decimal import Decimal, InvalidOperation

for v in ["1.23", "-0.00", "1e5", "1.5E-10", " 42 ", "1_000.5", "Infinity", "-inf", "NaN", "sNaN7",
          "123456789012345678901234567890", "0.000001", "0.0000001"]:
    d = Decimal(v)
    print(repr(v), str(d), repr(d), d.as_tuple())
print(Decimal(10), Decimal(-7), Decimal(0.1), Decimal(2.5), Decimal((1, (3, 1, 4), -2)), Decimal(Decimal("9.9")))
print(Decimal("1.10").as_integer_ratio(), Decimal("7").adjusted(), Decimal("0.0012").adjusted())
for bad in ["abc", "1.2.3", "", "1e", "--1"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
for bad in [[1, 2], (2, (1,), 0), (0, (10,), 0), object()]:
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
