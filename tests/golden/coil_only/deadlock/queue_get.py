# A consumer waiting on a queue nobody fills: the report names both tasks, the queue and their lines; exit 3.
import asyncio


async def consumer(q):
    item = await q.get()
    print("got", item)


async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q))
    print("waiting for the consumer")
    await t


asyncio.run(main())
