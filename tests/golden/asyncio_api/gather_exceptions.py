# gather propagates the first exception without cancelling the others; return_exceptions collects them.
import asyncio

async def ok(d, v):
    await asyncio.sleep(d)
    print('ok', v)
    return v

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError('bad %s' % d)

async def main():
    print(await asyncio.gather(ok(1, 'a'), ok(0, 'b')))
    try:
        await asyncio.gather(ok(2, 'slow'), bad(1))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(2)
    print(await asyncio.gather(bad(0), ok(0, 'c'), return_exceptions=True))
    print(await asyncio.gather())

asyncio.run(main())
