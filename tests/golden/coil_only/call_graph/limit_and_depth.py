# limit keeps the outermost (positive) or innermost (negative) entries; 0 keeps none; depth skips the caller's frames.
import asyncio


def names(g):
    return [e.frame.f_code.co_name for e in g.call_stack]


async def c():
    await asyncio.sleep(1)


async def b():
    await c()


async def a():
    await b()


def helper():
    return asyncio.capture_call_graph(depth=2)


async def main():
    t = asyncio.create_task(a())
    await asyncio.sleep(0)
    for limit in (None, 1, 2, -1, 0):
        print(limit, names(asyncio.capture_call_graph(t, limit=limit)))
    print(names(asyncio.capture_call_graph()))
    print(names(helper()))
    t.cancel()


asyncio.run(main())
