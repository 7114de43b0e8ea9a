# A lock acquired by a task that ended without releasing it: the report says so.
import asyncio


async def forgetful(lock):
    await lock.acquire()
    print("acquired and forgot to release")


async def main():
    lock = asyncio.Lock()
    await asyncio.create_task(forgetful(lock))
    async with lock:
        print("never printed")


asyncio.run(main())
