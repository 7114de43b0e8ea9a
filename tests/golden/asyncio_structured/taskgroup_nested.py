# Nested TaskGroups: an inner failure cancels the inner siblings, propagates as a group, then fails the outer group
import asyncio

async def ok(label, delay):
    try:
        await asyncio.sleep(delay)
        print(label, 'done')
    except asyncio.CancelledError:
        print(label, 'cancelled')
        raise

async def bad():
    await asyncio.sleep(0.1)
    raise RuntimeError('inner failure')

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ok('inner sibling', 1))
        tg.create_task(bad())

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(ok('outer quick', 0.05))
            outer.create_task(ok('outer slow', 2))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg)
        inner = eg.exceptions[0]
        print(' ', type(inner).__name__, inner)
        print('   ', repr(inner.exceptions[0]))

asyncio.run(main())
