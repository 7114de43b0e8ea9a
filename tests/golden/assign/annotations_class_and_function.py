# __annotations__: class bodies collect theirs, annotations of function locals are never evaluated.
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def f(a: int, b: str = "s") -> bool:
    local: undefined_name = 1
    return True
print(f(1))
if True:
    nested: float = 1.5
print(__annotations__)
