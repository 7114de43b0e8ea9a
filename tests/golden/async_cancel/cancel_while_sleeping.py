# Cancelling a sleeping task raises CancelledError at its await; finally blocks run innermost first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print('inner finally')

async def outer():
    try:
        await inner()
    except asyncio.CancelledError:
        print('outer caught')
        raise
    finally:
        print('outer finally')

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(1)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print('main sees cancelled', t.cancelled())

asyncio.run(main())
