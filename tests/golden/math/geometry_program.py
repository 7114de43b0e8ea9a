# A realistic use: polygon perimeter, area and angles with math, rounded for printing.
import math

points = [(0, 0), (4, 0), (4, 3), (1, 5)]
perimeter = sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
area = abs(math.fsum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
print(f"perimeter={perimeter:.6f} area={area}")
for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
    angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
    print(f"edge to ({x2},{y2}): {math.hypot(x2 - x1, y2 - y1):.4f} at {angle:.2f} deg")
print(math.pi, math.tau, math.e, math.inf, -math.inf, math.nan)
print(math.radians(180) == math.pi, math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(math.nan))
print(math.gcd(*[12, 30, 42]), math.lcm(*range(1, 11)), math.comb(6, 2) * math.perm(4, 2))
