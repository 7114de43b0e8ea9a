# The repr of a task running a library coroutine (asyncio.sleep) names tasks.py and CPython's line
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1), name="sleeper")
    print(repr(t).split(" coro=")[1])
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[1])
    t.cancel()


asyncio.run(main())
