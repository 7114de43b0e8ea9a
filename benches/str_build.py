# f-strings and str.join.
def run(n):
    parts = []
    total = 0
    for i in range(n):
        s = f"item-{i}:{i * 2}"
        total += len(s)
        parts.append(s)
        if len(parts) == 1000:
            total += len(",".join(parts))
            parts = []
    return total


print(run(600_000))
