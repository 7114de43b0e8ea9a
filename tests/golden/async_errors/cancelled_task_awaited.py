# Awaiting a task cancelled while it sleeps: the CancelledError shows the task's sleep frame
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.1)
    t.cancel()
    await t


asyncio.run(main())
