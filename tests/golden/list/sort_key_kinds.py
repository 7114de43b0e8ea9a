# Sorting keys of one kind (int, float, str, tuple): stable, reverse keeps ties in order, mixed kinds fall back.
recs = [(i * 37 % 7, "n%d" % (i * 11 % 5), i) for i in range(30)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (r[1], r[0])))
print(sorted(recs, key=lambda r: (r[0],), reverse=True)[:8])
zs = [0.0, -0.0, 1.5, -2.5, 0.0, -0.0, 1e300, -1e-300]
print(sorted(zs), sorted(zs, reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted(["b", "é", "a", "Z", "ab", "", "ä", "😀", "z"]))
print(sorted([(1, "a"), (1,), (0, "b", 2), (1, "a", 0), ()]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
xs = [5, -3, 2**40, -(2**40), 0, 7, 5]
xs.sort(reverse=True)
print(xs, sorted([True, 2, 0, False, 1]))
print(sorted([2**70, 1, -(2**70), 3]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1, 2.5), (1, nan), (0, 3)])
except TypeError as e:
    print(e)
print(sorted([(1, 2.5), (1, 0.5), (0, 3)]))
