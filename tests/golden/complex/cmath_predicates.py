# cmath.isfinite/isinf/isnan and isclose (keyword-only tolerances, CPython's errors).
import cmath
inf, nan = float("inf"), float("nan")
for z in [1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(inf, nan), 3, 2.5]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1, 1.0000001, rel_tol=1e-3), cmath.isclose(1j, 1j + 1e-10),
      cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(nan, nan),
      cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(0j, 1e-12))
for call in [lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 1, rel_tol=-1),
             lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, tol=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
