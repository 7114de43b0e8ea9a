# wait_for with timeout 0 on a task already sleeping: TimeoutError from the timeout <= 0 branch, caused by the task's CancelledError
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    await asyncio.wait_for(t, 0)


asyncio.run(main())
