# Cancelling a gather cancels its children; a cancelled child is seen as CancelledError.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('child', n, 'cancelled')
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(1)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    t = asyncio.create_task(child(3))
    g2 = asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel()
    print(await g2)

asyncio.run(main())
