# Task names: loop.create_task(name=) keeps the counter, asyncio.create_task(name=) uses a number up.
import asyncio


async def noop():
    pass


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_task(noop(), name="named-by-loop")
    b = asyncio.create_task(noop())
    c = asyncio.create_task(noop(), name="named")
    d = asyncio.ensure_future(noop())
    e = loop.create_task(noop())
    print([t.get_name() for t in (a, b, c, d, e)])
    e.set_name(42)
    print(e.get_name(), repr(e.get_name()))
    await asyncio.gather(a, b, c, d, e)

asyncio.run(main())
