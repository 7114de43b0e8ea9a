# A two-stage pipeline: a producer, three workers squaring, a collector; shut down with join and cancel.
import asyncio

# Per-worker delays chosen so no two events coincide (the CPython check runs it on a real
# clock, so it prints the order of events, not their times).
DELAYS = [0.5, 0.85, 1.3]


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    jobs = asyncio.Queue(maxsize=2)
    results = asyncio.Queue()

    async def producer():
        for n in range(1, 8):
            await jobs.put(n)
            print(f'produced {n}')

    async def worker(name, delay):
        while True:
            n = await jobs.get()
            await asyncio.sleep(delay)
            await results.put((name, n * n))
            jobs.task_done()

    workers = [asyncio.create_task(worker(f'w{i}', d)) for i, d in enumerate(DELAYS)]
    await producer()
    await jobs.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    out = []
    while not results.empty():
        out.append(results.get_nowait())
    print(out)
    print(sum(v for _, v in out))

asyncio.run(main())
