# asdict/astuple recurse into dataclasses, lists, tuples, dicts and namedtuples.
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple

Pair = namedtuple("Pair", "left right")


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    points: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pair: tuple = ()


s = Shape("tri", [Point(0, 0), Point(1, 0)], {"origin": Point(0, 0)}, Pair(Point(1, 1), 2))
d = asdict(s)
print(d)
print(type(d["pair"]).__name__, d["pair"].left)
print(astuple(s))
print(asdict(Point(1, 2), dict_factory=lambda kv: [k for k, v in kv]))
for bad in (Point, 5):
    try:
        asdict(bad)
    except TypeError as e:
        print(e)
try:
    astuple([1])
except TypeError as e:
    print(e)
