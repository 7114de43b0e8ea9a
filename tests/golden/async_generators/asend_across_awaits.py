# asend values across awaits on both sides of the yield; a generator returning on GeneratorExit closes quietly.
import asyncio
async def agen():
    x = 0
    while True:
        await asyncio.sleep(0)
        x = yield x
        await asyncio.sleep(0)
        if x is None:
            return
async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    try:
        print(await g.asend(None))
    except StopAsyncIteration:
        print("done")
    async def quiet():
        try:
            yield 1
        except GeneratorExit:
            print("exiting quietly")
            return
    q = quiet()
    await anext(q)
    await q.aclose()
    print("ok")
asyncio.run(main())
