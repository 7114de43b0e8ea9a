# A realistic inventory: sorting by fields, totals, asdict for export.
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Product:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.price * self.qty, self.name)

    @property
    def value(self):
        return self.price * self.qty


stock = [
    Product("widget", 2.5, 10, ["small"]),
    Product("gadget", 12.0, 3),
    Product("doohickey", 0.75, 100, ["bulk", "small"]),
    Product("gizmo", 12.0, 3),
]
for p in sorted(stock):
    print(f"{p.name:<10} {p.qty:>4} x {p.price:>6.2f} = {p.value:>7.2f}")
print("total", sum(p.value for p in stock))
export = [asdict(p) for p in stock if "small" in p.tags]
print(export)
print(min(stock).name, Product("a", 1.0) == Product("a", 1.0, tags=["x"]))
