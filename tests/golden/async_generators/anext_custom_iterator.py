# anext() with a default over a class-based async iterator (async def __anext__), and aiter() type checks.
import asyncio

class It:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

class BadAiter:
    def __aiter__(self):
        return 1

async def main():
    print([x async for x in It()])
    it = It()
    print(await anext(it, "d"), await anext(it, "d"), await anext(it, "d"))
    aw = anext(It(), 0)
    print(type(aw).__name__, await aw)
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(e)
    try:
        await anext(It(), 1, 2)
    except TypeError as e:
        print(e)

asyncio.run(main())
