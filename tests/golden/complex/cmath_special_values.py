# cmath at infinities and NaNs follows C99 Annex G (CPython's special-value tables).
import cmath
inf, nan = float("inf"), float("nan")
args = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(0, -inf), complex(inf, inf),
        complex(-inf, nan), complex(nan, 1), complex(1, nan), complex(nan, 0), complex(inf, 2),
        complex(-inf, -2), complex(-0.0, nan), complex(nan, inf)]
for name in ["sqrt", "exp", "log", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
             "sin", "cos", "tan", "asin", "acos", "atan", "log10"]:
    f = getattr(cmath, name)
    out = []
    for z in args:
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append(f"ValueError({e})")
    print(name, " ".join(out))
