# groupby: consecutive runs, key functions, and groups invalidated by advancing.
from itertools import groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = list(groupby("aabbc"))
print([(k, list(g)) for k, g in groups])
g = groupby([1, 1, 2])
k, grp = next(g)
print(k, next(grp))
next(g)
print(list(grp), type(grp).__name__)
