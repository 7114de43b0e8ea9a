# cmath.polar/rect round trips and special values; phase; constants pi e tau inf infj nan nanj.
import cmath, math
for z in [1 + 1j, -3 + 4j, -2, 1j, complex(-0.0, -0.0), 2.5 - 7j]:
    r, phi = cmath.polar(z)
    print(z, (r, phi), cmath.rect(r, phi), abs(cmath.rect(r, phi) - z) < 1e-15)
for r, p in [(1, 0), (2, math.pi / 3), (-1, 0.5), (float("inf"), 1), (float("inf"), 0),
             (0, float("inf")), (float("nan"), 0), (-0.0, -0.0), (3, -0.0), (1, float("inf"))]:
    try:
        print(r, p, cmath.rect(r, p))
    except ValueError as e:
        print(r, p, type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.pi == math.pi, type(cmath.infj).__name__, cmath.isnan(cmath.nanj))
