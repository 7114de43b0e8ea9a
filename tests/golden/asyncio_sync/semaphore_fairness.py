# Semaphore waiters are served in order; while any wait, locked() is True and a newcomer queues behind them.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    order = []

    async def user(name):
        async with sem:
            order.append(name)
            await asyncio.sleep(0.1)

    await sem.acquire()
    tasks = [asyncio.create_task(user(n)) for n in ('a', 'b', 'c')]
    await asyncio.sleep(0)
    print(sem)
    sem.release()
    print('after release:', sem, sem.locked())
    tasks.append(asyncio.create_task(user('late')))
    await asyncio.gather(*tasks)
    print(order, sem)

asyncio.run(main())
