# A TaskGroup child failing, uncaught: the ExceptionGroup is raised from taskgroups.py's __aexit__
import asyncio


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())
        tg.create_task(asyncio.sleep(1))


asyncio.run(main())
