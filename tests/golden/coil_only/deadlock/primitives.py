# Event, Condition, Semaphore, a full Queue and a plain Future, each described in words.
import asyncio


async def on_event(e):
    await e.wait()


async def on_condition(c):
    async with c:
        await c.wait()


async def on_semaphore(s):
    async with s:
        pass


async def on_put(q):
    await q.put("second")


async def on_future(f):
    await f


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    f = asyncio.get_running_loop().create_future()
    await asyncio.gather(
        on_event(asyncio.Event()),
        on_condition(asyncio.Condition()),
        on_semaphore(asyncio.Semaphore(0)),
        on_put(q),
        on_future(f),
    )


asyncio.run(main())
