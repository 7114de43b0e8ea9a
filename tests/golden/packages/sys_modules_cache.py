# sys.modules caches modules: a second import does not run the body again.
import sys
import counter_mod
counter_mod.count += 1
import counter_mod as again
print(again.count, again is sys.modules["counter_mod"])
del sys.modules["counter_mod"]
import counter_mod
print(counter_mod.count, counter_mod is again)
print("shop" in sys.modules)
import shop
print("shop" in sys.modules, "shop.cart" in sys.modules, "shop.items" in sys.modules)
