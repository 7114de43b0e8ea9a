# int, negative int, big int, str, bytes and float seeds; independent Random instances; subclasses.
import random

for seed in (0, 42, -42, 2 ** 100, "hello", b"bytes", 3.5):
    r = random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(70), r.randbytes(4))
a, b = random.Random(1), random.Random(1)
a.random()
print(a.random() == b.random(), b.random() == random.Random(1).random())


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(7)
print([d.roll() for _ in range(10)], isinstance(d, random.Random), type(d).__name__)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.randint(1, 1), len(sr.randbytes(3)), sr.getrandbits(0))
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
