# Relative imports (from . / .. / ...) inside a package resolve against __package__.
from shop.items.food import Food, Cart, pricing
cart = Cart().add(Food("apple")).add(Food("bread")).add("bread")
print(cart.total())
print(pricing.__name__, Food.__module__)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
