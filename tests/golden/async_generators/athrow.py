# athrow: the exception is raised at the yield; caught inside, the next yield is athrow's result.
import asyncio

async def agen():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

async def main():
    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    print(await g.athrow(ValueError, ValueError("legacy")))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("escaped", repr(e))
    print(await g.athrow(TypeError("after end")) if False else "skip")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
