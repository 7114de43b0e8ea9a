# PEP 585 generic aliases in annotations show as list[int], not <class 'list'>.
def total(values: list[int], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return tuple(values)
print(total.__annotations__)
print(list[int], dict[str, list[tuple[int, str]]], set[int] | None)
Vector = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2), scale.__annotations__["v"])
