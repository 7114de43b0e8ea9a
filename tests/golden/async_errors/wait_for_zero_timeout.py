# wait_for with timeout 0 on a pending coroutine: TimeoutError from the timeout <= 0 branch
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(slow(), 0)


asyncio.run(main())
