# bisect with key= (3.10+): the key applies to the items, not to x; insort applies it to x too.
from bisect import bisect_left, bisect_right, insort


def itemgetter(i):
    return lambda item: item[i]


people = [("ann", 21), ("bob", 25), ("cy", 25), ("dee", 30)]
print(bisect_left(people, 25, key=itemgetter(1)))
print(bisect_right(people, 25, key=itemgetter(1)))
insort(people, ("eve", 25), key=itemgetter(1))
print(people)
words = sorted(["pear", "fig", "banana", "kiwi"], key=len)
insort(words, "plum", key=len)
print(words)
