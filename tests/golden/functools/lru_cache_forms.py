# lru_cache bare and called, maxsize=None, maxsize=0, typed=True, cache, bad maxsize.
from functools import lru_cache, cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=None)
def ident(x):
    return x
ident(1); ident(1); ident(2)
print(ident.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def c(x, y=0):
    return x + y
print(c(1), c(1, y=2), c(1), c.cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print(e)
try:
    c([1])
except TypeError as e:
    print(e)
