# Decimal's forward and reflected operators: int operands convert, others give NotImplemented; the methods' names.
from decimal import Decimal as D, localcontext

a = D("7.5")
print(a + 2, 2 + a, a - 1, 1 - a, a * 2, 2 * a, a / 3, 3 / a, a // 2, 2 // a, a % 2, 2 % a)
print(divmod(a, 2), divmod(20, a), 2 ** D(3), a.__add__(1.5), a.__rsub__("x"), a.__divmod__([]))
print([getattr(D, n).__name__ for n in ("__add__", "__radd__", "__rdivmod__", "__rpow__")])
with localcontext() as c:
    c.prec = 3
    print(D(1) / D(7), c.add(1, D("0.001")), c.divide_int(7, 2), c.sqrt(2), c.to_integral_value(D("2.5")))
print(D("Infinity").sqrt(), D("-Infinity").sqrt(), D("NaN").ln(), D(0).ln(), D("Infinity").log10())
try:
    a + 1.5
except TypeError as e:
    print(e)
