# cmath's errors: domain and range errors, argument types and counts.
import cmath
tests = ["cmath.log(0)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.log10(0j)",
         "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.sinh(-1000+1j)", "cmath.exp(complex(0, float('inf')))",
         "cmath.log(0, 2)", "cmath.log(2, 1)", "cmath.log(2, 0)", "cmath.log(8, 2)", "cmath.log(1j, 1j)",
         "cmath.sqrt('x')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log()", "cmath.log(1, 2, 3)",
         "cmath.rect(1j, 2)", "cmath.rect(1)", "cmath.phase(None)", "cmath.polar([1])",
         "cmath.isnan('nan')", "cmath.sqrt(x=1)"]
for t in tests:
    try:
        print(t, "=", eval(t))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "->", type(e).__name__, e)
