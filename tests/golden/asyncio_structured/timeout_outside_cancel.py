# Cancelling a task from outside while it is inside a timeout block: CancelledError propagates, not TimeoutError
import asyncio

async def guarded():
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(5)
    except TimeoutError:
        print('wrong: TimeoutError')
    finally:
        print('expired:', cm.expired())

async def both():
    # The deadline passes, then the task is cancelled from outside too.
    async with asyncio.timeout(0.1):
        try:
            await asyncio.sleep(1)
        finally:
            asyncio.current_task().cancel()

async def main():
    task = asyncio.create_task(guarded())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('guarded cancelled:', task.cancelled())
    task = asyncio.create_task(both())
    try:
        await task
    except asyncio.CancelledError:
        print('both: the outside cancel wins:', task.cancelled())

asyncio.run(main())
