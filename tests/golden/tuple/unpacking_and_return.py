# Tuples returned from functions, swapped, and iterated with unpacking.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, 1])
print(lo, hi, minmax("hello"))
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
print(tuple(sorted(pairs, reverse=True)))
