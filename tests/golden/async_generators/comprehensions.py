# Async comprehensions over an async generator: list with if, set, dict, nested.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x async for x in agen(5)])
    print([x * x async for x in agen(6) if x % 2 == 0])
    print(sorted({x % 3 async for x in agen(7)}))
    print({x: str(x) async for x in agen(3)})
    print([(x, y) async for x in agen(2) async for y in agen(2)])
    print([[y async for y in agen(x)] async for x in agen(3)])

asyncio.run(main())
