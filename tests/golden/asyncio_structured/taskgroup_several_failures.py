# Several children failing before the group has cancelled them all: every error is in the group, in order
import asyncio

async def fail(n, exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, ValueError('one')))
            tg.create_task(fail(2, KeyError('two')))
            tg.create_task(fail(3, TypeError('three')))
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(' ', type(e).__name__, e)

asyncio.run(main())
