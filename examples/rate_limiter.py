# A rate limiter with an asyncio.Semaphore: twelve "requests" are started at once,
# but the semaphore lets at most three run at the same time. The program records
# how many were in flight at each moment and checks the limit was never exceeded.
import asyncio

LIMIT = 3
REQUESTS = 12


async def fetch(i, limiter, stats):
    async with limiter:  # waits here while LIMIT requests are in flight
        stats["in_flight"] += 1
        stats["peak"] = max(stats["peak"], stats["in_flight"])
        await asyncio.sleep(0.02)
        stats["in_flight"] -= 1
        return f"response {i}"


async def main():
    limiter = asyncio.Semaphore(LIMIT)
    stats = {"in_flight": 0, "peak": 0}
    loop = asyncio.get_running_loop()
    start = loop.time()
    responses = await asyncio.gather(*(fetch(i, limiter, stats) for i in range(REQUESTS)))
    elapsed = loop.time() - start
    print(responses[0], "...", responses[-1])
    print("requests:", len(responses))
    print("most in flight at once:", stats["peak"])
    # Twelve 20 ms requests, three at a time: four rounds, so at least 80 ms.
    print("took at least 4 rounds:", round(elapsed, 3) >= 4 * 0.02)
    print("limiter free again:", not limiter.locked())


asyncio.run(main())
