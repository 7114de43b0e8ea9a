# @staticmethod and @classmethod called on the class and on instances, with subclasses.
class Shape:
    count = 0
    @staticmethod
    def unit():
        return "unit"
    @classmethod
    def create(cls, *args):
        cls.count += 1
        return cls(*args)
    def __init__(self, n=0):
        self.n = n
class Square(Shape):
    pass
print(Shape.unit(), Shape().unit())
s = Square.create(4)
print(type(s).__name__, s.n, Square.count, Shape.count)
print(Shape.create().n, Shape.count)
