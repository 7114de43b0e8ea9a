# Two tasks taking two locks in opposite orders: each lock's holder is named and the wait-for cycle found.
import asyncio


async def transfer(name, first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            print(name, "done")


async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(transfer("x", a, b), transfer("y", b, a))


asyncio.run(main())
