# The body of a TaskGroup raising: the ExceptionGroup holds the body's error, raised from __aexit__
import asyncio


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        raise RuntimeError("body failed")


asyncio.run(main())
