# dataclasses skip ClassVar fields, also as strings under `from __future__ import annotations` (needs typing).
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar


@dataclass
class Counter:
    name: str
    total: ClassVar[int] = 0
    other: typing.ClassVar[str] = "x"
    step: InitVar[int] = 1

    def __post_init__(self, step):
        Counter.total += step


c = Counter("a", 5)
print(c, Counter.total, [f.name for f in fields(Counter)])
print(Counter.__doc__, Counter.__annotations__)
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
