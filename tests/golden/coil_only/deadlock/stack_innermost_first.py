# The stack of a waiting task runs innermost first through the coroutines it awaits.
import asyncio


async def fetch(q):
    return await q.get()


async def handle(q):
    value = await fetch(q)
    return value * 2


async def main():
    q = asyncio.Queue()
    await handle(q)


asyncio.run(main())
