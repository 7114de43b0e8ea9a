# A realistic seeded simulation: dice rolls, a histogram, a shuffled tournament and a random walk.
import random
from collections import Counter

rng = random.Random(1234)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
hist = Counter(rolls)
for total in range(2, 13):
    print(f"{total:2}: {'#' * (hist[total] // 10)} {hist[total]}")
players = ["ann", "bob", "cy", "dee", "eve", "fay"]
rng.shuffle(players)
pairs = list(zip(players[::2], players[1::2]))
print(pairs)
winners = [rng.choice(p) for p in pairs]
print(winners, rng.sample(winners, 2))
pos, path = 0, []
for _ in range(15):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, round(rng.gauss(100, 15), 3))
