# asyncio.create_task(name=...) still uses up a Task-N number; loop.create_task(name=...) does not.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(asyncio.sleep(0), name="named")
    b = asyncio.create_task(asyncio.sleep(0))
    c = loop.create_task(asyncio.sleep(0), name="loop-named")
    d = asyncio.create_task(asyncio.sleep(0))
    print([t.get_name() for t in (a, b, c, d)])
    await asyncio.gather(a, b, c, d)

asyncio.run(main())
