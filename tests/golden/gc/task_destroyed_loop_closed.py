# A task that never started, freed after its loop closed: the pending-task report, then the coroutine's "never awaited" warning.
import asyncio


async def f():
    await asyncio.sleep(1)


loop = asyncio.new_event_loop()
t = loop.create_task(f())
loop.close()
print("closed")
del t
print("end")
