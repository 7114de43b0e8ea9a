# len, min, max, sum, sorted, reversed, enumerate, any, all over one list.
a = [4, 8, 15, 16, 23, 42]
print(len(a), min(a), max(a), sum(a), sorted(a, reverse=True)[:2], list(reversed(a))[:2])
print(list(enumerate(a))[-1], any(x > 40 for x in a), all(x % 2 == 0 for x in a))
print(a.index(15), a[len(a) // 2], a[::-1][0])
