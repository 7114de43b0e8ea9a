# A timeout around a TaskGroup: the deadline cancels the body, the group cancels its children, TimeoutError results
import asyncio

cancelled = []

async def slow(n):
    try:
        await asyncio.sleep(n)
        print('slow', n, 'finished')
    except asyncio.CancelledError:
        # Cancelled in the group's set order (addresses in CPython): sorted below.
        cancelled.append(n)
        raise

async def main():
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow(0.1))
                tg.create_task(slow(1))
                tg.create_task(slow(2))
    except TimeoutError:
        print('TimeoutError; cancelled:', sorted(cancelled))
    async with asyncio.TaskGroup() as tg:
        async def limited():
            async with asyncio.timeout(0.1):
                await slow(5)
        async def guarded():
            try:
                await limited()
            except TimeoutError:
                print('child timed out alone')
        tg.create_task(guarded())
        tg.create_task(slow(0.2))
    print('group done; cancelled:', sorted(cancelled))

asyncio.run(main())
