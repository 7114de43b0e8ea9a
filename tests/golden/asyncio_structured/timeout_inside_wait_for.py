# A timeout block inside asyncio.wait_for: whichever deadline comes first decides which error is seen
import asyncio

async def inner(limit):
    async with asyncio.timeout(limit):
        await asyncio.sleep(0.3)
    return 'finished'

async def main():
    try:
        await asyncio.wait_for(inner(0.1), 5)
    except TimeoutError:
        print('the timeout block fired first')
    try:
        await asyncio.wait_for(inner(5), 0.1)
    except TimeoutError:
        print('wait_for fired first')
    print(await asyncio.wait_for(inner(5), 5))
    async with asyncio.timeout(0.1):
        try:
            await asyncio.wait_for(asyncio.sleep(0.3), 5)
        except asyncio.CancelledError:
            print('wait_for passes the outer cancellation through')
            raise

try:
    asyncio.run(main())
except TimeoutError:
    print('outer timeout raised TimeoutError')
