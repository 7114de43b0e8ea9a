# Cancelling the task that runs a TaskGroup cancels its children and the CancelledError propagates
import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # The group cancels its children in set order, which CPython
        # derives from addresses: record and print sorted.
        cancelled.append(n)
        raise

async def parent():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(child(n))
            await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('parent sees CancelledError after the children finished:', sorted(cancelled))
        raise

async def main():
    task = asyncio.create_task(parent())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('parent task cancelled:', task.cancelled())

asyncio.run(main())
