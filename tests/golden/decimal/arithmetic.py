# Decimal arithmetic: + - * / // % ** and divmod, exact where possible, rounded to 28 digits otherwise.
from decimal import Decimal as D

print(D("0.1") + D("0.2"), D("1.10") + D("2.205"), D("1") - D("1"), D("-0") + D("0"))
print(D(10) * D("0.5"), D("1.20") * D("3"), D(1) / D(3), D(2) / D(4), D(1) / D(8), D(100) / D(7))
print(D(7) // D(2), D(-7) // D(2), D(7) % D(3), D(-7) % D(3), D("7.5") % D(2), divmod(D(17), D(5)))
print(D(2) ** 10, D(2) ** -2, D("1.1") ** 3, D(3) ** 100, D(2) ** D("0.5"))
print(D(5) + 3, 3 - D("0.5"), 2 * D("1.5"), 1 / D(4), 7 // D(2), -D("1.5"), +D("-0"), abs(D("-2.50")))
print(D("1E+2") + D(1), D("1.000") * D("1.000"), D("12345678901234567890") * D("98765432109876543210"))
print(D("9" * 30) + D(1), D(1) / D(7) * D(7), sum([D("0.1")] * 10))
