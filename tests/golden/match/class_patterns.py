# Class patterns: keyword sub-patterns by attribute, positional ones via __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"on z axis at {z}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y=y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 9), Point3(1, 1, 1), "x"]:
    print(where(p))
