# chain, chain.from_iterable, compress, pairwise, starmap, and their types.
import itertools as it
ch = it.chain("ab", [1, 2], ())
print(type(ch), list(ch))
print(list(it.chain.from_iterable(["xy", range(2)])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(pow, [(2, 5), (3, 2)])))
print(repr(it.chain()).startswith("<itertools.chain object at 0x"))
lazy = it.chain(1)
try:
    next(lazy)
except TypeError as e:
    print(e)
