# An async generator in a garbage cycle is finalised by gc.collect() via the loop hook (its aclose task runs after the next loop iterations).
import asyncio, gc
async def agen():
    try:
        yield 1
    finally:
        print("finally")
async def main():
    g = agen()
    await g.__anext__()
    l = [g]
    l.append(l)
    del g, l
    gc.collect()
    print("collected")
    await asyncio.sleep(0)
    print("slept")
asyncio.run(main())
