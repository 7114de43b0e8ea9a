# notify(n) wakes at most n waiters, notify_all the rest; each re-acquires the lock in turn.
import asyncio

async def main():
    cond = asyncio.Condition()

    async def waiter(name):
        async with cond:
            await cond.wait()
            print(name, 'woke, holds lock:', cond.locked())
            await asyncio.sleep(0.1)
            print(name, 'leaving')

    tasks = [asyncio.create_task(waiter(f'w{i}')) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print(cond)
    await asyncio.sleep(1)
    async with cond:
        cond.notify(0)
        print('notify(0) woke nobody', cond)
        cond.notify_all()
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify_all()   # no waiters: nothing happens
    print(cond)

asyncio.run(main())
