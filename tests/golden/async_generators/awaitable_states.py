# The awaitables' states: already running under gather, reuse after the end, aclose awaited twice, throw into a fresh asend, a closed asend.
import asyncio
async def agen():
    yield 1
    yield 2
async def main():
    # two concurrent consumers of one generator via tasks: second sees already running while first awaits
    async def slow():
        await asyncio.sleep(0.01)
        yield "s"
    s = slow()
    r = await asyncio.gather(anext(s), anext(s), return_exceptions=True)
    print(r)
    # asend object reuse after StopAsyncIteration
    g = agen()
    print([x async for x in g])
    a = g.__anext__()
    for _ in range(2):
        try:
            await a
        except StopAsyncIteration:
            print("StopAsyncIteration")
        except RuntimeError as e:
            print("RuntimeError", e)
    # aclose() awaited twice
    c = agen().aclose()
    await c
    try:
        await c
    except RuntimeError as e:
        print(e)
    # throw into asend directly
    g = agen()
    await anext(g)
    try:
        g.asend(None).throw(ZeroDivisionError)
    except ZeroDivisionError:
        print("ZeroDivisionError")
    print([x async for x in g])
    # close the asend
    g = agen()
    a = g.asend(None)
    a.close()
    try:
        await a
    except RuntimeError as e:
        print(e)
    print(await anext(g))
asyncio.run(main())
