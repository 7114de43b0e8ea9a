# 100,000 tasks each awaiting a timer, gathered: task creation, the timer heap, gather.
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(100000)]
    r = await asyncio.gather(*tasks)
    print(sum(r))

asyncio.run(main())
