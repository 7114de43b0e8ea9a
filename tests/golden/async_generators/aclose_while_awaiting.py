# Cancelling a task that awaits __anext__ while the generator awaits: ag_running, finally, and the generator ends.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        yield 1
    finally:
        print("slow finally")

async def main():
    s = slow()
    t = asyncio.ensure_future(s.__anext__())
    await asyncio.sleep(0)
    print("running:", s.ag_running)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    print("running:", s.ag_running)
    try:
        await s.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
