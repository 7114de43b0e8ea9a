# isqrt, comb, perm, factorial, gcd and lcm (n-ary), prod, with big ints and their errors.
import math

print(math.isqrt(10 ** 40), math.isqrt(99), math.isqrt(0))
print(math.comb(50, 25), math.comb(5, 7), math.perm(10, 3), math.perm(5), math.perm(3, 5))
print(math.factorial(30), math.factorial(0))
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(-4), math.lcm(4, 6, 10), math.lcm(), math.lcm(3, 0))
print(math.prod([1, 2, 3], start=2), math.prod([]), math.prod(range(1, 6)), math.prod([1.5, 2]))
tests = [
    (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.isqrt, (-1,)),
    (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.gcd, (1.5,)), (math.comb, (1.5, 2)),
    (math.isqrt, ("9",)), (math.lcm, (2, 2.0)),
]
for f, args in tests:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
