# from __future__ import annotations stores annotations as strings, unevaluated.
from __future__ import annotations
x: UndefinedName = 1
def f(a: list[int], *args: int, b: int | None = None, **kw: dict[str,int]) -> tuple[int, ...]:
    return a
print(f.__annotations__)
print(__annotations__)
class C:
    attr: Optional[ C ]
    other: "quoted"
print(C.__annotations__)
