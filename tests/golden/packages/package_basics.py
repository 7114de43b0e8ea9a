# Importing a package runs __init__.py once; submodules are bound on the package.
import shop
import shop.cart
import shop.items.food
print(shop.Cart is shop.cart.Cart)
print(shop.VERSION, shop.pricing.price_of("apple"))
print(shop.items.food.Food("apple"), shop.items.Food is shop.items.food.Food)
print(shop.__name__, shop.__package__, shop.cart.__package__, shop.items.food.__package__)
print(shop.__file__.endswith("shop/__init__.py"), shop.__path__[0].endswith("shop"))
print(shop.__doc__)
print(hasattr(shop.cart, "__path__"))
