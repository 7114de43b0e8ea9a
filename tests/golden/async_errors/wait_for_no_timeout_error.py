# wait_for with timeout=None awaits the coroutine directly: its frame is wait_for's `return await fut`
import asyncio


async def fails():
    raise KeyError("k")


async def main():
    await asyncio.wait_for(fails(), None)


asyncio.run(main())
