# math module functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
print(math.fabs(-3), math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(-7, 3))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.floor(3.999), type(math.floor(3.5)).__name__, math.pow(2, 10), math.degrees(math.pi))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
