# random with seed 42: randint, random, choice, shuffle must match CPython's Mersenne Twister.
import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)])
print(random.random(), random.random())
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.randrange(0, 100, 5), random.uniform(1, 2))
