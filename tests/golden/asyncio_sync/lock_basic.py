# Lock: acquire returns True, locked(), release, async with (binds None), reprs, releasing an unlocked lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(lock, lock.locked())
    print(await lock.acquire(), lock.locked())
    print(lock)
    lock.release()
    print(lock.locked())
    async with lock as value:
        print('inside', value, lock.locked())
    print('after', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with lock:
            raise KeyError('boom')
    except KeyError as e:
        print('KeyError', e, 'locked:', lock.locked())
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(lock)
    lock.release()
    await waiter
    print(lock)

asyncio.run(main())
