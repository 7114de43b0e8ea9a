# Cancelling a get() that is waiting removes its getter; the item goes to the next waiter.
import asyncio

async def main():
    q = asyncio.Queue()

    async def getter(name):
        try:
            item = await q.get()
            print(name, 'got', item)
        except asyncio.CancelledError:
            print(name, 'cancelled')
            raise

    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    await asyncio.sleep(0)
    print(q)
    g1.cancel()
    await asyncio.sleep(0)
    print(q)
    q.put_nowait('item')
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done(), q)

asyncio.run(main())
