# asyncio.iscoroutine / isfuture / iscoroutinefunction on the usual suspects.
import asyncio


async def coro_fn():
    return 1


async def main():
    c = coro_fn()
    f = asyncio.get_running_loop().create_future()
    t = asyncio.ensure_future(coro_fn())
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(f))
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(c))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(print))
    await c
    await t

asyncio.run(main())
