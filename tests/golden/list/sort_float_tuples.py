# Sorting tuples with float positions (-0.0, inf, nan, mixed kinds) orders as CPython does.
import random
random.seed(5)
xs = [(random.choice([0.5, -0.0, 0.0, 1e300, -1e-300, float("inf"), -float("inf")]), str(i % 7), i % 3) for i in range(300)]
ys = sorted(xs)
print(ys[:6], ys[-3:])
zs = sorted([(0.0, "a"), (-0.0, "b"), (0.0, "c"), (-0.0, "a")])
print(zs, [str(t[0]) for t in zs])
print(sorted([(1.5, 2), (1.5, 1), (float("nan"), 0), (0.5, 3)])[:2])
print(sorted([(1, "x"), (1.0, "y")]))
try: sorted([(1.0, "a"), (1.0, 2)])
except TypeError as e: print(e)
print(sorted([(2.0,), (1.0, 5), (1.0,)], reverse=True))
