# Parameter and return annotations are evaluated at definition time into __annotations__.
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)
print(sorted(f.__annotations__))

def g(x, y):
    pass

print(g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
print("__annotations__" in g.__dict__)

calls = []
def note(v):
    calls.append(v)
    return v

def h(p: note(1), q: note(2)) -> note(3):
    pass

print(calls, h.__annotations__)

class C:
    def m(self, n: int) -> "C":
        return self

print(C.m.__annotations__)
print(C().m.__annotations__)
lam = lambda z: z
print(lam.__annotations__)

async def co(t: float) -> None:
    pass

print(co.__annotations__)
