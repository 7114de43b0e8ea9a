# An async generator awaiting coroutines and gather between yields; the values are its own.
import asyncio

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def agen():
    for i in range(3):
        v = await double(i)
        both = await asyncio.gather(double(v), double(v + 1))
        yield v, both

async def main():
    async for item in agen():
        print(item)

asyncio.run(main())
