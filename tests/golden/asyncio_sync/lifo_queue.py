# LifoQueue: last in, first out; bounded, with a waiting getter.
import asyncio

async def main():
    q = asyncio.LifoQueue(3)
    for i in range(3):
        q.put_nowait(i)
    print(q, q.full())
    print(q.get_nowait(), q.get_nowait())
    q.put_nowait(10)
    print([q.get_nowait() for _ in range(q.qsize())])

    async def late_put():
        await asyncio.sleep(1)
        await q.put('late')

    t = asyncio.create_task(late_put())
    print(await q.get())
    await t

asyncio.run(main())
