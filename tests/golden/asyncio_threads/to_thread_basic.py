# asyncio.to_thread runs a blocking function in a thread while the loop keeps ticking.
import asyncio
import time


def blocking(n):
    time.sleep(1)
    return n * 2


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.3)
        print("tick", i)


async def main():
    r, _ = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker())
    print("result", r)


asyncio.run(main())
