# An exception raised in an async generator propagates out of async for, with a traceback.
import asyncio

async def agen():
    yield 1
    await asyncio.sleep(0)
    raise ValueError("boom")

async def main():
    async for x in agen():
        print("got", x)

asyncio.run(main())
