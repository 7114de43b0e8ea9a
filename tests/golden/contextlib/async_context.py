# asynccontextmanager, AsyncExitStack, async nullcontext and aclosing.
import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, nullcontext, aclosing


@asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        print("disconnect", name)


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


async def main():
    async with connection("db") as c:
        print("using", c)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("a"))
        stack.callback(print, "sync callback")

        async def cleanup():
            print("async callback")
        stack.push_async_callback(cleanup)
        print("got", a)
    async with nullcontext(7) as n:
        print(n)
    async with aclosing(numbers()) as gen:
        async for x in gen:
            if x == 2:
                break
            print(x)
    try:
        async with connection("bad"):
            raise RuntimeError("fail")
    except RuntimeError as e:
        print("caught", e)


asyncio.run(main())
