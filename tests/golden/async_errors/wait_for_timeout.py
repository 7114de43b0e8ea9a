# wait_for timing out, uncaught: TimeoutError raised from tasks.py's wait_for, caused by the CancelledError in sleep
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(slow(), 0.1)


asyncio.run(main())
