# One async generator consuming another with async for; yields pass through correctly.
import asyncio

async def inner():
    for i in range(3):
        await asyncio.sleep(0)
        yield i

async def outer():
    async for x in inner():
        yield x * 100
        await asyncio.sleep(0)
    yield "end"

async def main():
    print([v async for v in outer()])

asyncio.run(main())
