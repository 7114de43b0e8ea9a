# importlib.import_module (absolute and relative), __import__ with and without fromlist.
import importlib, sys
food = importlib.import_module("shop.items.food")
print(food.__name__, food is sys.modules["shop.items.food"])
print(importlib.import_module(".cart", "shop").__name__)
print(importlib.import_module("..pricing", "shop.items").__name__)
print(__import__("shop.items").__name__)
print(__import__("shop.items", fromlist=["food"]).__name__)
print(__import__("shop", fromlist=["cart"]).cart.__name__)
try:
    importlib.import_module(".cart")
except TypeError as e:
    print("TypeError:", e)
try:
    importlib.import_module("shop.nope")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
counter = importlib.import_module("counter_mod")
counter.count = 5
print(importlib.reload(counter).count, counter is sys.modules["counter_mod"])
