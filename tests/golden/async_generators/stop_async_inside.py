# StopAsyncIteration raised inside an async generator becomes RuntimeError, chained.
import asyncio

async def agen():
    yield 1
    raise StopAsyncIteration("inner")

async def main():
    g = agen()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))

asyncio.run(main())
