# The body of a TaskGroup raising: children are cancelled and the body's error is raised inside the group
import asyncio

cancelled = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        # The group cancels its children in set order, which CPython
        # derives from addresses: record and print sorted.
        cancelled.append(n)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            tg.create_task(child(2))
            await asyncio.sleep(0)
            1 / 0
    except ExceptionGroup as eg:
        print(repr(eg), sorted(cancelled))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0])

asyncio.run(main())
