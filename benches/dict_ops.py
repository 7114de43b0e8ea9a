# dict with str keys: set, get, `in`.
def run(n):
    keys = ["k" + str(i) for i in range(1000)]
    d = {}
    for i in range(n):
        k = keys[i % 1000]
        d[k] = d.get(k, 0) + i
    hits = 0
    for i in range(n):
        if keys[(i * 7) % 1000] in d:
            hits += 1
    return len(d), hits, d["k7"]


print(run(1_000_000))
