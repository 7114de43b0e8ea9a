# Cancelling a Lock waiter: before it is woken it just leaves; after, the wake-up passes to the next waiter.
import asyncio

async def main():
    lock = asyncio.Lock()

    async def waiter(name):
        try:
            async with lock:
                print(name, 'acquired')
        except asyncio.CancelledError:
            print(name, 'cancelled; lock', lock)
            raise

    await lock.acquire()
    a = asyncio.create_task(waiter('a'))
    b = asyncio.create_task(waiter('b'))
    c = asyncio.create_task(waiter('c'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(lock)
    lock.release()     # wakes b
    b.cancel()         # ... which is cancelled before running: c gets it
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.done(), lock)
    # All waiters cancelled: a fresh acquire takes the free lock at once.
    await lock.acquire()
    d = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    d.cancel()
    lock.release()
    print(await lock.acquire(), lock)

asyncio.run(main())
