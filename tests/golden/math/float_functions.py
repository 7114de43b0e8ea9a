# Float helpers to the last bit: nextafter, ulp, cbrt, exp2, remainder, frexp, ldexp, modf, copysign, fmod.
import math

print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(float("inf")), math.ulp(1e300))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(-1074), math.exp2(0.5))
print(math.remainder(10, 3), math.remainder(5, 2), math.remainder(-5, 2), math.fmod(-5, 2))
print(math.frexp(8.5), math.frexp(0.0), math.frexp(-1e-310))
print(math.ldexp(0.5, 3), math.ldexp(1.0, -1080), math.modf(-3.25), math.modf(2.0))
print(math.copysign(1, -0.0), math.copysign(3, 2), math.fabs(-2), math.pow(2, 0.5), math.atan2(1, -1))
for f, args in ((math.ldexp, (1.0, 10 ** 10)), (math.remainder, (1, 0)), (math.fmod, (1, 0)), (math.sqrt, (-1,)), (math.exp, (1000,))):
    try:
        print(f(*args))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
