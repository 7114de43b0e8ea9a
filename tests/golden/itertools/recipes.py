# Common itertools recipes from tutorials: batching, flatten, sliding windows, unique.
from itertools import islice, chain, groupby, tee, zip_longest, count
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def sliding(iterable, n):
    its = tee(iterable, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
def unique_justseen(iterable):
    return (k for k, _ in groupby(iterable))
print(list(batched("ABCDEFG", 3)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(sliding(range(6), 3)))
print("".join(unique_justseen("AAAABBBCCDAABBB")))
print(list(chain.from_iterable([[1, 2], [3]])))
print(dict(zip("abc", count(1))))
