# Async generators: __aiter__/__anext__, asend, athrow, aclose, async for with break, and finally blocks run at the end of asyncio.run (shutdown_asyncgens).
import asyncio
async def agen():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finally")

async def main():
    g = agen()
    print(type(g).__name__, g.ag_running)
    print(g.__aiter__() is g)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow raised", e)
    g2 = agen()
    print(await g2.__anext__())
    await g2.aclose()
    print("closed")
    async for x in agen():
        if x == 2:
            break
    print("after break")
    g3 = agen()
    await g3.__anext__()
    print("main end")

asyncio.run(main())
print("after run")
