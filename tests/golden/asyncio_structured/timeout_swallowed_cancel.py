# A body that swallows the timeout's CancelledError exits normally: no TimeoutError, but expired() is True
import asyncio

async def main():
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('swallowed')
    print('no error; expired =', cm.expired(), repr(cm))
    print('cancelling:', asyncio.current_task().cancelling())
    await asyncio.sleep(0.2)
    print('task still runs')

asyncio.run(main())
