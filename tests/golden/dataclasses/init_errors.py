# The generated __init__ raises CPython's argument errors with the class's qualname.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Opt:
    a: int = 1


for call in ("Point()", "Point(1)", "Point(1, 2, 3)", "Point(1, y=2, z=3)",
             "Point(1, 2, x=1)", "Opt(1, 2)"):
    try:
        eval(call)
    except TypeError as e:
        print(f"{call}: {e}")
Point(1)
