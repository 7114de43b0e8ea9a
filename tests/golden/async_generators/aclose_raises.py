# aclose() whose finally awaits then raises: the error escapes await aclose() with its traceback; an unawaited asend is silent.
import asyncio
async def agen():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        raise KeyError("close failed")
async def main():
    g = agen()
    print(g.__anext__())
    await g.__anext__()
    await g.aclose()
asyncio.run(main())
