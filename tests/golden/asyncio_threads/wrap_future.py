# asyncio.wrap_future turns a concurrent.futures.Future into an awaitable asyncio Future.
import asyncio
from concurrent.futures import ThreadPoolExecutor


async def main():
    with ThreadPoolExecutor(1) as ex:
        cf = ex.submit(sum, [1, 2, 3])
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)


asyncio.run(main())
