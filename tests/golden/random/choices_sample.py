# choices with weights/cum_weights/k, sample with counts, shuffle, randrange steps, and their errors.
import random

random.seed(11)
print(random.choices("abc", k=5), random.choices("abc", weights=[5, 1, 0], k=5))
print(random.choices(range(4), cum_weights=[1, 1, 3, 10], k=6))
print(random.sample(range(100), 5), random.sample(["red", "blue"], counts=[3, 2], k=5))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice(deck), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.getrandbits(100), random.randbytes(6))
tests = [
    (random.randrange, (0,)), (random.randrange, (1, 1)), (random.randint, (5, 1)),
    (random.randrange, (0, 10, 0)), (random.choice, ([],)), (random.sample, ([1, 2], 3)),
    (random.choices, ([1], [1, 2])), (random.getrandbits, (-1,)),
    (random.choices, ("ab",), {"weights": [1, 1], "cum_weights": [1, 2]}),
    (random.sample, ({1, 2}, 1)), (random.choices, ("ab",), {"weights": [0, 0]}),
]
for f, args, *kw in tests:
    try:
        print(f(*args, **(kw[0] if kw else {})))
    except (ValueError, TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
