# A __slots__ member descriptor's __get__/__set__/__delete__ can be called explicitly.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
mx = Point.__dict__["x"]
print(mx, mx.__get__(p), mx.__get__(p, Point), mx.__get__(None, Point) is mx)
mx.__set__(p, 10)
print(p.x)
Point.y.__delete__(p)
for stmt in ("p.y", "Point.y.__get__(p)", "Point.y.__delete__(p)", "mx.__get__(5)", "mx.__set__(5, 1)"):
    try:
        print(eval(stmt))
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
