# list append, indexing, comprehensions and sorted.
def run(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 1000)
    s = 0
    for i in range(len(xs)):
        s += xs[i]
    sq = [x * x for x in xs if x & 1]
    ys = sorted(xs)
    return s, len(sq), ys[0], ys[-1], ys[n // 2]


total = 0
for _ in range(5):
    r = run(300_000)
    total += r[0]
print(r, total)
