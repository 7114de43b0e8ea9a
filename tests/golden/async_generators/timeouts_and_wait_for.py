# asyncio.timeout around async for, wait_for(anext(g)) timing out (CancelledError thrown into the generator), gather of anext.
import asyncio
async def ticker():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.1)
            yield i
            i += 1
    finally:
        print("ticker finally")
async def main():
    try:
        async with asyncio.timeout(0.35):  # ticks at 0.1, 0.2, 0.3: wide margins under load
            async for t in ticker():
                print("tick", t)
    except TimeoutError:
        print("timed out")
    g = ticker()
    try:
        await asyncio.wait_for(anext(g), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    print(g.ag_running)
    try:
        print(await anext(g))
    except StopAsyncIteration:
        print("exhausted after cancel")
    g = ticker()
    print(await asyncio.wait_for(g.__anext__(), 2))
    r = await asyncio.gather(anext(g), return_exceptions=True)
    print(r)
    await g.aclose()
asyncio.run(main())
