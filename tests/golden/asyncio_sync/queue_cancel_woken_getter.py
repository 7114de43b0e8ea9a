# A getter woken by put_nowait but cancelled before it runs passes the wake-up to the next getter.
import asyncio

async def main():
    q = asyncio.Queue()

    async def getter(name):
        try:
            print(name, 'got', await q.get())
        except asyncio.CancelledError:
            print(name, 'cancelled, queue', q)
            raise

    g1 = asyncio.create_task(getter('g1'))
    g2 = asyncio.create_task(getter('g2'))
    g3 = asyncio.create_task(getter('g3'))
    await asyncio.sleep(0)
    q.put_nowait('only')
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print(g1.cancelled(), g2.result(), g3.done(), q)
    q.put_nowait('second')
    await g3

asyncio.run(main())
