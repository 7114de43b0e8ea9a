# A handler-less async generator in a garbage cycle still gets the loop's finalizer hook: its aclose task takes a task number.
import asyncio, gc
async def agen():
    yield 1
    yield 2
async def main():
    g = agen()
    await g.__anext__()
    l = [g]
    l.append(l)
    del g, l
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t
asyncio.run(main())
