# as_completed timing out, uncaught: TimeoutError raised in tasks.py's _wait_for_one
import asyncio


async def main():
    for f in asyncio.as_completed([asyncio.sleep(5)], timeout=0.1):
        await f


asyncio.run(main())
