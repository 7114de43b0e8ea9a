# Seeded distributions give CPython's exact numbers: gamma, beta, lognormal, von Mises, Pareto, Weibull.
import random

random.seed(2024)
print(random.gammavariate(2.5, 3), random.gammavariate(1.0, 2), random.gammavariate(0.5, 1))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 0))
print(random.paretovariate(3), random.weibullvariate(1, 2))
print(random.gauss(10, 2), random.normalvariate(0, 1), random.expovariate(1.5))
print(random.triangular(0, 10, 3), random.triangular(), random.uniform(5, 1))
for args in ((0, 1), (1, -1)):
    try:
        random.gammavariate(*args)
    except ValueError as e:
        print("ValueError:", e)
