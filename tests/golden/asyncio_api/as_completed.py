# as_completed yields in completion order and raises TimeoutError for what is left at the timeout.
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    for aw in asyncio.as_completed([job(3), job(1), job(2)]):
        print(await aw)
    try:
        for aw in asyncio.as_completed([job(1), job(10)], timeout=5):
            print(await aw)
    except asyncio.TimeoutError:
        print('timed out')

asyncio.run(main())
