# asyncio.wait and ensure_future take awaitables; create_task and ensure_future reject others.
import asyncio


class Later:
    def __await__(self):
        yield
        return "later"


async def main():
    t = asyncio.ensure_future(Later())
    done, pending = await asyncio.wait([t])
    print(len(done), len(pending), t.result())
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(3.5, 1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
