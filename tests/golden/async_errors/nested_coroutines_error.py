# An error raised three coroutines deep, after a sleep: every coroutine's frame is shown
import asyncio


async def level3():
    await asyncio.sleep(0)
    return {}["missing"]


async def level2():
    return await level3()


async def level1():
    await level2()


asyncio.run(level1())
