# Cancelling Semaphore waiters: a waiting one leaves; a woken one gives its unit to the next waiter.
import asyncio

async def main():
    sem = asyncio.Semaphore(0)

    async def waiter(name):
        try:
            await sem.acquire()
            print(name, 'acquired')
        except asyncio.CancelledError:
            print(name, 'cancelled', sem)
            raise

    a = asyncio.create_task(waiter('a'))
    b = asyncio.create_task(waiter('b'))
    c = asyncio.create_task(waiter('c'))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(sem, sem.locked())
    sem.release()          # wakes b, taking the unit for it
    print(sem)
    b.cancel()             # b gives the unit on to c
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(a.cancelled(), b.cancelled(), c.done(), sem)
    # Only cancelled waiters left: locked() ignores them.
    d = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    d.cancel()
    sem.release()
    print(sem.locked(), sem)

asyncio.run(main())
