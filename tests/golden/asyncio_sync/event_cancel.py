# Cancelling Event.wait removes the waiter; the others still wake on set().
import asyncio

async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(ev.wait())
    b = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(ev)
    a.cancel()
    await asyncio.sleep(0)
    print(ev, a.cancelled())
    ev.set()
    print(await b, ev)
    try:
        await asyncio.wait_for(asyncio.Event().wait(), 2)
    except asyncio.TimeoutError:
        print('wait timed out')

asyncio.run(main())
