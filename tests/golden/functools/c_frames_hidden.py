# functools' C functions (reduce, partial, cmp_to_key, lru_cache) add no traceback entries, as in CPython.
import functools, itertools
def boom(a, b=None):
    return 1 / 0
for f in [lambda: functools.reduce(boom, [1, 2, 3]),
          lambda: functools.partial(boom, 1)(),
          lambda: sorted([3, 1, 2], key=functools.cmp_to_key(boom)),
          lambda: functools.lru_cache(boom)(1),
          lambda: list(itertools.starmap(boom, [(1, 2)])),
          lambda: list(itertools.accumulate([1, 2], boom)),
          lambda: list(itertools.filterfalse(boom, [1]))]:
    try:
        f()
    except ZeroDivisionError:
        import traceback
        traceback.print_exc()
