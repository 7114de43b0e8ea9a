# Blocking work in threads while the event loop stays responsive: asyncio.to_thread,
# loop.run_in_executor with a ThreadPoolExecutor, and a thread reporting back with
# call_soon_threadsafe.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def checksum(name, size):
    time.sleep(size / 10)  # stands for a slow, blocking computation or read
    return name, sum(range(size)) % 997


async def heartbeat(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.25)
        n += 1
        print(f"  heartbeat {n}")


async def main():
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    print(await asyncio.to_thread(checksum, "alpha", 6))
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        jobs = [loop.run_in_executor(pool, checksum, n, s) for n, s in [("beta", 4), ("gamma", 8)]]
        for name, value in await asyncio.gather(*jobs):
            print(name, value)
    done = loop.create_future()
    loop.run_in_executor(None, lambda: loop.call_soon_threadsafe(done.set_result, "reported"))
    print(await done)
    stop.set()
    await beat


asyncio.run(main())
