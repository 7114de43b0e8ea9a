# cmp_to_key turns a comparison function into a sort key.
from functools import cmp_to_key
def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(max(words, key=cmp_to_key(by_length_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5))
print(K(5).obj)
try:
    K(1) < 2
except TypeError as e:
    print(e)
