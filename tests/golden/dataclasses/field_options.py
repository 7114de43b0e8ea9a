# field(): default_factory, init=False, repr=False, compare=False, metadata.
from dataclasses import dataclass, field, fields


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    score: float = field(default=0.0, compare=False)
    count: int = field(default=0, init=False)
    unit: str = field(default="kg", metadata={"doc": "unit of weight"})


a = Item("apple")
b = Item("apple", score=9.5)
a.tags.append("fruit")
print(a, b.tags, a == b, a.count, a.secret)
for f in fields(Item):
    print(f.name, f.init, f.repr, f.compare, f.metadata.get("doc"))
try:
    Item("x", count=3)
except TypeError as e:
    print(e)
print(Item.__doc__)
