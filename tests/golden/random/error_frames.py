# random's errors show random.py's frames (CPython's random is Python code):
# choice, randrange (also through randint), sample and choices.
import random
import sys
import traceback

rng = random.Random(7)
for call in (lambda: rng.choice([]), lambda: rng.randrange(0), lambda: rng.randrange(5, 5),
             lambda: rng.randrange(1, 10, 0), lambda: rng.randint(3, 1),
             lambda: rng.sample(range(3), 4), lambda: rng.choices("ab", [1]),
             lambda: rng.randrange(1, None, 2)):
    try:
        call()
    except (ValueError, IndexError, TypeError):
        traceback.print_exc(file=sys.stdout)
print(rng.randint(1, 6), rng.choice("xyz"))
random.choice([])
