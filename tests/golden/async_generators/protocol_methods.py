# __aiter__ returns self; __anext__ and asend are awaitables; StopAsyncIteration at the end.
import asyncio

async def agen():
    x = yield 1
    print("received", x)
    yield 2

async def main():
    g = agen()
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("still exhausted")

asyncio.run(main())
