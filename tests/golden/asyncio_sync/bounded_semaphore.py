# BoundedSemaphore: releasing above the initial value raises ValueError and leaves the value alone.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(sem, isinstance(sem, asyncio.Semaphore))
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    async with sem:
        async with sem:
            print(sem)
        print(sem)
    print(sem)
    try:
        asyncio.BoundedSemaphore(-2)
    except ValueError as e:
        print('ValueError:', e)
    one = asyncio.BoundedSemaphore()
    await one.acquire()
    one.release()
    try:
        one.release()
    except ValueError as e:
        print('ValueError:', e, one)

asyncio.run(main())
