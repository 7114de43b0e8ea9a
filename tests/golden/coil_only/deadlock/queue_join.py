# Queue.join() with an item never marked done: the count of unfinished items is given.
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put("job")
    print("took", await q.get())
    await q.join()


asyncio.run(main())
