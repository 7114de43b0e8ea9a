# quantize with each rounding mode, to_integral_value, normalize, round().
from decimal import (Decimal as D, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation)

for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
             ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(f"{mode:16}", [str(D(v).quantize(D("0.1"), rounding=mode)) for v in ("2.55", "-2.55", "2.45", "2.51", "2.50")])
print(D("1.2345").quantize(D("0.01")), D("19.999").quantize(D("1.00")), D("123.456").quantize(D("1e1")), D("5").quantize(D("0.000")))
print(D("12.7").to_integral_value(), D("-12.5").to_integral_value(), D("12.5").to_integral_value(ROUND_HALF_UP))
print(D("1.500").normalize(), D("100").normalize(), D("0.00").normalize(), D("-1.20e3").normalize())
print(round(D("2.5")), round(D("3.5")), round(D("3.14159"), 2), round(D("1234.5"), -2), int(D("-7.9")), float(D("0.125")))
print(D("3.14").same_quantum(D("2.71")), D("3.1").same_quantum(D("3.14")))
try:
    D("1e30").quantize(D("1"))
except InvalidOperation as e:
    print("InvalidOperation", e)
