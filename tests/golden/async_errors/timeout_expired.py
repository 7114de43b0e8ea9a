# asyncio.timeout expiring, uncaught: TimeoutError from timeouts.py's __aexit__ caused by the sleep's CancelledError
import asyncio


async def main():
    async with asyncio.timeout(0.5):
        await asyncio.sleep(10)


asyncio.run(main())
