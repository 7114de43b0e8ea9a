# Cancelling a waiting put(), before and after it was woken: the free slot goes to the next putter.
import asyncio

async def main():
    q = asyncio.Queue(1)
    q.put_nowait(0)

    async def putter(item):
        try:
            await q.put(item)
            print('put', item)
        except asyncio.CancelledError:
            print('put', item, 'cancelled')
            raise

    p1 = asyncio.create_task(putter(1))
    p2 = asyncio.create_task(putter(2))
    p3 = asyncio.create_task(putter(3))
    await asyncio.sleep(0)
    print(q)
    p1.cancel()          # still waiting: just leaves the line
    await asyncio.sleep(0)
    print(q)
    print('get', q.get_nowait())   # wakes p2
    p2.cancel()          # woken but not yet run: p3 gets the slot
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q, p1.cancelled(), p2.cancelled(), p3.done())
    print(q.get_nowait(), q.empty())

asyncio.run(main())
