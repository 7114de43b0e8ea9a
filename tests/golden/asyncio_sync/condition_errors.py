# Condition: wait/notify without the lock raise RuntimeError; a given Lock is shared; reprs.
import asyncio

async def main():
    cond = asyncio.Condition()
    for call in (cond.wait, cond.notify, cond.notify_all):
        try:
            r = call()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError:', e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    print(shared)
    async with lock:
        print(shared.locked(), shared)
    await shared.acquire()
    print(lock.locked())
    shared.release()
    print(lock.locked(), shared.acquire == lock.acquire)
    try:
        shared.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
