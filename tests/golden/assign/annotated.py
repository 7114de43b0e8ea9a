# Annotated assignments: with and without values, and __annotations__ at module level.
x: int = 5
y: str
z: list = [1, 2]
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
class P:
    a: int = 1
    b: float
print(P.a, P.__annotations__, hasattr(P, "b"))
