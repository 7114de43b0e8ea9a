# athrow/aclose on exhausted and unstarted generators, bad athrow arguments (checked when awaited), asend arity.
import asyncio

async def two():
    yield 1
    return

async def main():
    g = two()
    print([x async for x in g])
    print(await g.athrow(ValueError))
    print(await g.aclose())
    g = two()
    try:
        await g.athrow(ValueError("u"))
    except ValueError as e:
        print("unstarted athrow raised", e)
    print(g.ag_frame)
    g = two()
    try:
        await g.athrow(1)
    except TypeError as e:
        print(e)
    aw = g.athrow()
    try:
        await aw
    except TypeError as e:
        print(e)
    try:
        g.asend()
    except TypeError as e:
        print(e)

asyncio.run(main())
