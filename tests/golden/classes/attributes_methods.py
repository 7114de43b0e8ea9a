# Instance attributes set in __init__, methods calling methods, attribute lookup order.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def scaled(self, k):
        return Point(self.x * k, self.y * k)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.scaled(2).norm2(), p.dims, Point.dims)
p.z = 5
print(sorted(vars(p).items()))
print(Point.norm2(p), p.__class__.__name__)
