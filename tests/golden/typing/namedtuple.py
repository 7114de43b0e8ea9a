# typing.NamedTuple: class syntax with defaults and methods, and the functional form.
from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p.x, Point(1), p._replace(y=5), p._asdict())
print(Point._fields, Point._field_defaults, Point.__annotations__, isinstance(p, tuple))
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3), Employee.__annotations__)
Car = NamedTuple("Car", make=str, year=int)
print(Car("vw", 1999), Car._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)
