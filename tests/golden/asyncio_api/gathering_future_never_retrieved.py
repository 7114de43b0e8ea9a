# A gather() whose exception nobody retrieves is reported as a _GatheringFuture.
import asyncio


async def fail():
    raise KeyError(1)


async def main():
    g = asyncio.gather(fail())
    await asyncio.sleep(0.01)
    print(type(g).__name__, g.done())
    del g
    await asyncio.sleep(0.01)
    print("after")

asyncio.run(main())
