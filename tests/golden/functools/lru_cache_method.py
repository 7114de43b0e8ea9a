# lru_cache on methods binds like a function; the wrapper type is functools._lru_cache_wrapper.
import functools
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.lru_cache(maxsize=None)
    def area(self, scale=1):
        print("area for", self.r)
        return 3 * self.r * self.r * scale
    def __hash__(self):
        return hash(self.r)
    def __eq__(self, other):
        return self.r == other.r
a = Circle(2)
print(a.area(), a.area(), Circle(2).area(), a.area(2))
print(Circle.area.cache_info())
print(type(Circle.area))
