# format() of Decimals (fixed, exponent, general, percent, grouping, alignment) and sqrt.
from decimal import Decimal as D

price = D("1234.5678")
print(f"{price:.2f}", f"{price:,.2f}", f"{price:>12.1f}|", f"{price:<12.1f}|", f"{price:^12.0f}|")
print(f"{D('0.5'):%}", f"{D('0.125'):.1%}", f"{D('12345.678'):e}", f"{D('12345.678'):.3e}", f"{D('12345.678'):.3E}")
print(f"{D('1.50'):f}", f"{D('1E+2'):f}", f"{D('-5'):08.2f}", f"{D('1.5')}", f"{D('0.000001234'):g}", f"{D('123456'):.3g}")
print(f"{D('-0.001'):+.2f}", f"{D('42'):+}", f"{D('1234567'):,}", format(D("2.675"), ".2f"), format(D("inf"), "f"))
try:
    format(D(1), "_")
except ValueError as e:
    print(e)
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D("1e3").sqrt(), D(0).sqrt(), D("2.000").sqrt())
