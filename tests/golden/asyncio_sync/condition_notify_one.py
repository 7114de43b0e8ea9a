# Condition with several waiters: each notify(1) wakes the longest waiting one.
import asyncio

async def main():
    cond = asyncio.Condition()
    woke = []

    async def waiter(name):
        async with cond:
            print(name, 'waits')
            r = await cond.wait()
            woke.append(name)
            print(name, 'woke', r, cond.locked())

    tasks = [asyncio.create_task(waiter(f'w{i}')) for i in range(4)]
    await asyncio.sleep(0)
    print(cond)
    for _ in range(4):
        async with cond:
            cond.notify(1)
            print('notified one', cond)
        await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    print(woke)

asyncio.run(main())
