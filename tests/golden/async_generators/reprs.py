# Reprs and type names of async generators and their asend/athrow awaitables.
import asyncio

async def agen():
    yield 1

async def main():
    g = agen()
    print(repr(g).split(" at ")[0])
    a = g.__anext__()
    print(type(a).__name__, repr(a).split(" at ")[0])
    t = g.athrow(ValueError)
    print(type(t).__name__, repr(t).split(" at ")[0])
    c = g.aclose()
    print(type(c).__name__)
    print(await a)
    await c

asyncio.run(main())
