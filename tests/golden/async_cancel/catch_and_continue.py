# A task that catches CancelledError and goes on finishes normally, with its result.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print('ignoring cancel')
    await asyncio.sleep(1)
    return 'finished anyway'

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(t.cancelling())
    print(await t)
    print(t.cancelled(), t.cancelling(), t.uncancel())

asyncio.run(main())
