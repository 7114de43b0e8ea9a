# __spec__ basics: name, parent, origin and submodule_search_locations.
import shop.items.food as food
import shop
print(food.__spec__.name, food.__spec__.parent)
print(shop.__spec__.name, shop.__spec__.parent)
print(shop.__spec__.origin == shop.__file__)
print(shop.__spec__.submodule_search_locations == shop.__path__)
print(food.__spec__.submodule_search_locations)
print(type(food.__loader__).__name__)
print(__spec__, __package__)
