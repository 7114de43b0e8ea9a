# Cancelling Condition.wait: the CancelledError reaches the caller only once the lock is held again.
import asyncio

async def main():
    cond = asyncio.Condition()

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled; holds lock:', cond.locked(), cond)
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(1)
    print('still waiting for the lock:', t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print('task cancelled', cond.locked(), cond)
    # A notified waiter cancelled before it runs: the notification is not passed on.
    a = asyncio.create_task(waiter())
    b = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
        a.cancel()
    await asyncio.sleep(0.1)
    print(a.cancelled(), b.done(), cond)
    b.cancel()
    await asyncio.gather(b, return_exceptions=True)
    print(cond)

asyncio.run(main())
