# Two tasks awaiting each other: each says whom it awaits, and the cycle is named.
import asyncio


async def worker(other):
    await other


async def main():
    me = asyncio.current_task()
    t = asyncio.create_task(worker(me))
    await asyncio.sleep(0)
    await t


asyncio.run(main())
