# An error inside the coroutine given to wait_for: the traceback passes through wait_for's result()
import asyncio


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("inner")


async def main():
    await asyncio.wait_for(fails(), 5)


asyncio.run(main())
