# help() of a class: the " |  " block, its sections, and inherited members.
import pydoc


class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        "Length."
        return 0

    def __repr__(self):
        return "Point()"

    @property
    def size(self):
        "The size."
        return 1

    @staticmethod
    def origin():
        "Make one."

    @classmethod
    def make(cls, n):
        pass


class Point3(Point):
    "A point in space."
    def lift(self, z=0):
        pass


class Empty:
    pass


pydoc.help(Point)
pydoc.help(Point3)
pydoc.help(Empty)
