# Points as complex numbers: rotation by multiplication, polar form, distances and centroids.
import cmath, math
square = [1 + 1j, -1 + 1j, -1 - 1j, 1 - 1j]
rot = cmath.rect(1, math.pi / 4)
rotated = [p * rot for p in square]
for p, q in zip(square, rotated):
    r, phi = cmath.polar(q)
    print(f"{p!s:>8} -> {q.real:+.3f}{q.imag:+.3f}j  r={r:.4f} deg={math.degrees(phi):.1f}")
centroid = sum(rotated) / len(rotated)
print("centroid", centroid, abs(centroid) < 1e-15)
perimeter = sum(abs(rotated[i] - rotated[i - 1]) for i in range(len(rotated)))
print("perimeter", round(perimeter, 12))
angles = sorted(rotated, key=cmath.phase)
print([f"{cmath.phase(a):.3f}" for a in angles])
unit_roots = [cmath.exp(2j * cmath.pi * k / 6) for k in range(6)]
print(abs(sum(unit_roots)) < 1e-15, [f"{z:.2f}" for z in unit_roots])
