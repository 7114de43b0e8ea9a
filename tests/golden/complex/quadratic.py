# A quadratic solver with cmath.sqrt: real, repeated and complex roots, checked by substitution.
import cmath

def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

for a, b, c in [(1, -3, 2), (1, 2, 1), (1, 0, 1), (2, 1, 3), (1, -2, 5), (0.5, 0.25, -1.5), (1, 1j, -2)]:
    r1, r2 = solve(a, b, c)
    check = max(abs(a * r * r + b * r + c) for r in (r1, r2))
    kind = "real" if r1.imag == 0 and r2.imag == 0 else "complex"
    print(f"{a}x^2 + {b}x + {c}: {r1} {r2} [{kind}] residual<1e-12: {check < 1e-12}")
    print(f"   roots: {r1:.4f}, {r2:.4f}; sum {r1 + r2}, product {r1 * r2}")
