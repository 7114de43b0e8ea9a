# Waiting putters are served in order, each when a slot frees; items keep that order.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait('first')

    async def putter(item):
        await q.put(item)
        print('put', item)

    tasks = [asyncio.create_task(putter(i)) for i in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print(q)
    for _ in range(4):
        print('get', await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(q)

asyncio.run(main())
