# loop.run_in_executor with a given ThreadPoolExecutor.
import asyncio
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(4)))
    print(results)


asyncio.run(main())
