# cmath near overflow and underflow: scaled formulas, and OverflowError: math range error.
import cmath
for z in [1e300 + 1e300j, complex(1e308, -1e308), 1e-310 + 1e-310j, 5e-324 + 0j,
          710 + 1j, -710 + 1j, 1 + 1e-20j, 1 - 1e-20j]:
    row = []
    for name in ["sqrt", "log", "exp", "cosh", "sinh", "tanh", "asinh", "acos", "atanh"]:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except OverflowError as e:
            row.append(f"OverflowError({e})")
    print(z, " ".join(row))
print(cmath.polar(complex(1e308, 1e308)))
try:
    cmath.polar(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print(type(e).__name__, e)
