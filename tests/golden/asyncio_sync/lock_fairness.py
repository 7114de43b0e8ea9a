# Lock waiters acquire in arrival order; a newcomer cannot barge in while the woken waiter has not run.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []

    async def worker(name):
        async with lock:
            order.append(name)
            print(name, 'has the lock')
            await asyncio.sleep(0.1)

    await lock.acquire()
    tasks = [asyncio.create_task(worker(f't{i}')) for i in range(4)]
    await asyncio.sleep(0)
    print(lock)
    lock.release()
    print('released; locked() =', lock.locked())
    late = asyncio.create_task(worker('late'))
    await asyncio.gather(*tasks, late)
    print(order)

asyncio.run(main())
