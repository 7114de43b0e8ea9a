# getstate/setstate replay the same numbers (including a pending gauss value); bad states are rejected.
import random

random.seed(99)
random.gauss(0, 1)
state = random.getstate()
print(state[0], len(state[1]), type(state[2]).__name__)
first = [random.random(), random.gauss(0, 1), random.randint(1, 100)]
random.setstate(state)
print(first == [random.random(), random.gauss(0, 1), random.randint(1, 100)])
r = random.Random(5)
s = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(s)
print(a == [r.random() for _ in range(3)], a[0])
for bad in ((4, (), None), (3, (1, 2), None)):
    try:
        random.setstate(bad)
    except ValueError as e:
        print("ValueError:", e)
