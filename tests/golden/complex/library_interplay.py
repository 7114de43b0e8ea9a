# json refuses complex; struct, decimal and fractions raise TypeError; mixed arithmetic works.
import json, struct
from decimal import Decimal
from fractions import Fraction
for call in [lambda: json.dumps(1j), lambda: json.dumps({"z": [1, 2j]}), lambda: struct.pack("d", 1j),
             lambda: Decimal(1j), lambda: Fraction(1j), lambda: Fraction(1, 2) < 1j]:
    try:
        print(call())
    except (TypeError, struct.error) as e:
        print(type(e).__name__, e)
print(json.dumps([1, 2.5], default=str), json.dumps(3j, default=lambda z: [z.real, z.imag]))
print(Fraction(1, 2) + 1j, 1j + Fraction(1, 2), Fraction(1, 2) * 2j, Fraction(1, 2) == 0.5 + 0j)
print(Decimal(1) == 1 + 0j, Decimal("1.5") == complex(1.5, 0), Decimal(1) == 1 + 1j, Decimal(2) != 2j)
print(complex(Fraction(1, 4), Fraction(1, 2)), complex(Decimal("1.5")))
