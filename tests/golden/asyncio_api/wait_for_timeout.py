# wait_for cancels the inner task on timeout, waits for it to finish cancelling, then raises TimeoutError.
import asyncio

async def slow():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print('slow: cancelled, cleaning up')
        await asyncio.sleep(1)
        print('slow: cleanup done')
        raise

async def quick():
    await asyncio.sleep(1)
    return 'quick result'

async def main():
    print(await asyncio.wait_for(quick(), timeout=5))
    try:
        await asyncio.wait_for(slow(), timeout=2)
    except asyncio.TimeoutError as e:
        print('timeout', type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(quick(), None))

asyncio.run(main())
