# `await f(...)` straight from the call: defaults, PEP 479, tracebacks through the chain, cancellation mid-chain, recursion.
import asyncio
import sys
import traceback


async def leaf(n):
    if n == 0:
        raise KeyError("leaf")
    return await leaf(n - 1)


async def stop():
    raise StopIteration(5)


async def defaults(a, b=10, c=20):
    await asyncio.sleep(0)
    return a + b + c


async def deep(n):
    return 0 if n == 0 else await deep(n - 1) + 1


async def parked(n):
    try:
        return await (parked(n - 1) if n else asyncio.sleep(3600))
    finally:
        print("finally", n)


async def main():
    try:
        await leaf(2)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
    try:
        await stop()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))
    print(await defaults(1), await defaults(1, 2), await defaults(1, 2, 3))
    t = asyncio.create_task(parked(2))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    sys.setrecursionlimit(100)
    try:
        await deep(200)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(1000)
    print(await deep(50))


asyncio.run(main())
