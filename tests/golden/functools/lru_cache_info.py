# lru_cache: hits/misses, LRU eviction order, cache_info() repr, cache_clear, cache_parameters.
from functools import lru_cache
@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x
print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.maxsize, type(info).__name__, info._fields)
print(square.__name__, square.__wrapped__(5))
