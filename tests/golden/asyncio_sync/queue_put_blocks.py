# A full queue: put() waits until a get() frees a slot; times from the virtual clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue(maxsize=2)

    async def producer():
        for i in range(5):
            await q.put(i)
            print(f'{loop.time() - t0:.1f} put {i} size={q.qsize()}')

    async def consumer():
        for _ in range(5):
            await asyncio.sleep(1)
            item = await q.get()
            print(f'{loop.time() - t0:.1f} got {item}')

    await asyncio.gather(producer(), consumer())
    print(q.empty())

asyncio.run(main())
