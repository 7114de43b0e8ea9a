# cmath's functions on ordinary values, to the last bit of CPython's results.
import cmath
values = [0.5 + 0.5j, 2 + 3j, -2.5 - 1.25j, 2j, -1.5, 3, 0.999 + 0.01j, 100 + 0.5j, 1e-20 + 1e-20j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(v) for v in values])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0))
