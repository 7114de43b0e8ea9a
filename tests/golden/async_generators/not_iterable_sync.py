# An async generator is not a sync iterable nor awaitable: TypeErrors for for/await.
import asyncio

async def agen():
    yield 1

async def main():
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await agen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
