# A bounded asyncio.Queue between a producer and a consumer task: coroutine calls
# (await q.put / q.get), Python method calls, futures parked and woken.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)

async def consumer(q, n):
    total = 0
    for _ in range(n):
        total += await q.get()
    return total

async def main():
    q = asyncio.Queue(maxsize=100)
    n = 100000
    p = asyncio.create_task(producer(q, n))
    total = await consumer(q, n)
    await p
    print(total)

asyncio.run(main())
