# Captures in functions are locals, in classes class attributes; closures see them.
def outer(v):
    match v:
        case [x, y]:
            def inner():
                return x + y
            return inner()
    return None
print(outer([1, 2]))
class K:
    match (3, 4):
        case (a, b):
            total = a + b
print(K.a, K.b, K.total)
g = [(i, j) for v in [[1, 2], [3]] for i, j in [(v[0], len(v))]]
print(g)
async def co(v):
    match v:
        case {"x": x}:
            return x
import asyncio
print(asyncio.run(co({"x": 5})))
