# Primitives bind to the loop of their first wait; waiting from another loop is a RuntimeError.
import asyncio

lock = asyncio.Lock()
q = asyncio.Queue()
ev = asyncio.Event()

async def first():
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await t
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait(1)
    print('first loop', await g)
    ev.set()
    await ev.wait()   # set: no waiter, no binding

async def second():
    print('locked:', lock.locked())
    try:
        await lock.acquire()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        await q.get()
    except RuntimeError as e:
        print('RuntimeError:', e)
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 1)
    except asyncio.TimeoutError:
        print('event never bound before: timed out normally')

asyncio.run(first())
asyncio.run(second())
lock2 = asyncio.Lock()
print(lock2._loop)
