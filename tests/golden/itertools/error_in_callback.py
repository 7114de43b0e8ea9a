# An exception raised by a key function inside groupby shows only the user's frames.
import itertools


def key(x):
    return 10 // x


for k, group in itertools.groupby([5, 2, 0], key=key):
    print(k, list(group))
