# Decimal comparisons with Decimals, ints and floats; hashes equal to equal ints/floats; sorting; max/min.
from decimal import Decimal as D

print(D("1.0") == D("1"), D("1.5") > 1, D(1) == 1, D("0.1") == 0.1, D("0.5") == 0.5, D(2) < 2.5)
print(hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), hash(D("1.0")) == hash(D("1.00")))
print(sorted([D("2"), D("1.5"), D("-3"), D("1.50")]), max(D("1"), D("1.0")), min([D(3), D("-inf")]))
print(D("2.50").max(D("2.5")), D(1).min(2), D("1").compare(D("2")), D("-0") == D("0"))
print({D("1.0"): "a"}[1], D(0) < D("-0.0") or D(0) == D("-0.0"), bool(D("0.00")), bool(D("0.1")))
