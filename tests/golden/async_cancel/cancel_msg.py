# cancel(msg) reaches the coroutine's CancelledError and the awaiter's.
import asyncio

async def victim():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print('victim got', e.args)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main got', e.args)

asyncio.run(main())
