# shield: cancelling the outer await leaves the inner task running to completion.
import asyncio

async def important():
    await asyncio.sleep(2)
    print('important work done')
    return 'saved'

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled', inner.cancelled())
    print(await inner)

asyncio.run(main())
