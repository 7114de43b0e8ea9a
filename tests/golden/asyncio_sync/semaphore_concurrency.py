# A Semaphore(3) limits ten jobs to three at a time; print how many run at once.
import asyncio

# Chosen so that no two jobs finish at the same moment (CPython runs this on a real clock).
DURATIONS = [1.0, 1.3, 1.7, 0.9, 1.1, 1.6, 0.8, 1.2, 1.4, 1.5]


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    sem = asyncio.Semaphore(3)
    running = 0
    peak = 0

    async def job(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            print(f'{loop.time() - t0:.1f} start {i} running={running}')
            await asyncio.sleep(DURATIONS[i])
            running -= 1
        return i * 10

    results = await asyncio.gather(*(job(i) for i in range(10)))
    print('peak', peak, 'results', results, f'total {loop.time() - t0:.1f}s')

asyncio.run(main())
