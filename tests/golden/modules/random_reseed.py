# Reseeding random reproduces the same sequence; seeds 0 and 12345, sample() and getrandbits().
import random
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(12345)
print(random.randint(0, 10 ** 12), random.sample(range(100), 5), random.getrandbits(64))
random.seed(7)
print(random.randint(1, 6), random.choice(["x", "y", "z"]), random.randrange(10))
