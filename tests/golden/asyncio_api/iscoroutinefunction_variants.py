# The asyncio.iscoroutine / iscoroutinefunction / isfuture family on less usual objects.
import asyncio
import functools


async def coro_fn(x):
    return x


class Meth:
    async def am(self):
        pass

    def plain(self):
        pass


async def main():
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(Meth().am),
          asyncio.iscoroutinefunction(Meth.am), asyncio.iscoroutinefunction(Meth().plain))
    print(asyncio.iscoroutinefunction(functools.partial(coro_fn, 1)))
    print(asyncio.iscoroutinefunction(lambda: None), asyncio.iscoroutinefunction(42))
    c = coro_fn(1)
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(c.__await__()), asyncio.iscoroutine(None))
    await c
    loop = asyncio.get_running_loop()
    print(asyncio.isfuture(loop.create_future()), asyncio.isfuture(coro_fn),
          asyncio.isfuture(asyncio.Future), asyncio.isfuture(loop.create_task(coro_fn(2))))

asyncio.run(main())
