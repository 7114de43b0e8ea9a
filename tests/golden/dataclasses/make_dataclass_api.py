# make_dataclass builds a dataclass from field specs; bad names are rejected.
from dataclasses import make_dataclass, field, fields

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))],
                       namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
p = Point(3, -4)
print(p, p.norm(), Point.__name__, [f.type for f in fields(Point)])
Frozen = make_dataclass("Frozen", ["a", "b"], frozen=True, order=True)
print(sorted([Frozen(2, 1), Frozen(1, 9)]), fields(Frozen)[0].type)
for spec in ([("x", int), ("x", int)], [("class", int)], [("1x", int)]):
    try:
        make_dataclass("Bad", spec)
    except TypeError as e:
        print(e)
