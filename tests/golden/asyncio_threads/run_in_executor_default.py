# loop.run_in_executor(None, ...) uses the default executor; results arrive as futures.
import asyncio
import time


def work(x):
    time.sleep(0.2)
    return x + 1


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, work, i) for i in range(3)]
    print(await asyncio.gather(*futs))
    print(isinstance(futs[0], asyncio.Future))


asyncio.run(main())
