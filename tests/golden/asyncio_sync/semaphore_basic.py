# Semaphore: value, locked(), reprs, releasing above the initial value is allowed, negative value is a ValueError.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    print(sem, sem.locked())
    print(await sem.acquire(), sem)
    print(await sem.acquire(), sem, sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print(sem)
    async with sem as v:
        print('inside', v, sem)
    print(asyncio.Semaphore())
    zero = asyncio.Semaphore(0)
    print(zero, zero.locked())
    t = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    print(zero)
    zero.release()
    print(zero)
    print(await t, zero)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
