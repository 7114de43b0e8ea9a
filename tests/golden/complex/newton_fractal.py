# Newton fractal: Newton's method on z^3 - 1 over a grid: which root each start converges to.
roots = [complex(1, 0), complex(-0.5, 3 ** 0.5 / 2), complex(-0.5, -(3 ** 0.5) / 2)]
def newton(z, steps=40):
    for i in range(steps):
        dz = 3 * z * z
        if dz == 0:
            return None, i
        z2 = z - (z ** 3 - 1) / dz
        if abs(z2 - z) < 1e-12:
            return z2, i
        z = z2
    return z, steps
for y in range(5, -6, -1):
    row = ""
    for x in range(-10, 11):
        z0 = complex(x / 5, y / 5)
        z, n = newton(z0)
        if z is None:
            row += "?"
            continue
        k = min(range(3), key=lambda k: abs(z - roots[k]))
        row += "abc"[k] if n < 10 else "ABC"[k]
    print(row)
z, n = newton(2 + 2j)
print(z, n, f"{z:.15f}", round(z.real, 6), z == roots[0])
poly = [1, 0, 0, -1]
def horner(p, z):
    acc = 0j
    for c in p:
        acc = acc * z + c
    return acc
print([horner(poly, r) for r in roots])
print([f"{abs(horner(poly, r)):.1e}" for r in roots])
