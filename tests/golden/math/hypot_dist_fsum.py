# n-ary hypot, dist, fsum exact sums, isclose with tolerances.
import math

print(math.hypot(), math.hypot(3), math.hypot(-3, 4), math.hypot(1, 2, 3))
print(math.hypot(float("inf"), float("nan")), math.hypot(1e200, 1e200))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print("ValueError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([float("inf"), 1]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(float("inf"), float("inf")), math.isclose(float("nan"), float("nan")))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
