# Decimal's signals: DivisionByZero, InvalidOperation and their subclasses, messages and hierarchy.
import decimal
from decimal import Decimal as D

for expr in ["D(1) / 0", "D(0) / 0", "D(1) // 0", "D(5) % 0", "D(0) % 0", "D(-1).sqrt()",
             "D('NaN') < 1", "int(D('nan'))", "int(D('-inf'))", "round(D('inf'))",
             "hash(D('sNaN'))", "D('1e9999999')"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.InvalidOperation, ArithmeticError))
print(decimal.DivisionUndefined.__mro__[1:])
print(D("NaN") == D("NaN"), D("1") == D("NaN"), D("Infinity") > 10 ** 100)
try:
    D(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", repr(e))
