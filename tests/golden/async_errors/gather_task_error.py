# An error inside a task awaited via gather: the traceback shows the task's frames, then main's await
import asyncio


async def worker(n):
    await asyncio.sleep(n / 10)
    if n == 2:
        raise ValueError(f"worker {n} failed")
    return n


async def main():
    await asyncio.gather(worker(1), worker(2), worker(3))


asyncio.run(main())
