# Async generator expressions: (x async for x in ...) is an async generator; consumed by async for.
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    async for v in ge:
        print(v)
    ge2 = (x + 1 for x in [1, 2] if await asyncio.sleep(0, True))
    print(type(ge2).__name__, [y async for y in ge2])

asyncio.run(main())
