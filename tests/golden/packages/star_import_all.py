# `from pkg import *` takes __all__ (and nothing private) from the package.
from shop import *
print(sorted(n for n in dir() if not n.startswith("__")))
print(VERSION, Cart, pricing.PRICES)
