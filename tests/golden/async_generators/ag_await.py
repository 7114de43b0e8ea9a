# ag_await (and cr_await, gi_yieldfrom): what the suspended frame awaits or delegates to, else None.
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 5

async def agen():
    await asyncio.sleep(0.01)
    yield 1
    v = await inner()
    yield v

def gen():
    yield from sub()

def sub():
    yield 1

async def main():
    g = agen()
    print(g.ag_await)
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print(type(g.ag_await).__name__)
    print(await t, g.ag_await)
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print(type(g.ag_await).__name__, g.ag_await.__name__)
    print(await t, g.ag_await)
    x = gen()
    next(x)
    print(x.gi_yieldfrom.__name__)
    c = inner()
    print(c.cr_await)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(type(c.cr_await).__name__)
    await t
    print(c.cr_await)

asyncio.run(main())
