# aclose throws GeneratorExit at the yield: finally runs, awaits inside finally work.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup start")
        await asyncio.sleep(0)
        print("cleanup end")

async def main():
    g = agen()
    print(await g.__anext__())
    r = await g.aclose()
    print("aclose returned", r)
    await g.aclose()
    print("second aclose ok")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator: StopAsyncIteration")
    g2 = agen()
    await g2.aclose()
    print("unstarted aclose ok")

asyncio.run(main())
