# Queue repr and str: maxsize, _queue, _getters[n], _putters[n], tasks=n as CPython's _format.
import asyncio

async def main():
    q = asyncio.Queue()
    print(repr(q))
    print(str(q))
    q.put_nowait(1)
    q.put_nowait('two')
    print(repr(q))
    print(q)
    q.get_nowait()
    q.get_nowait()
    print(q)
    q.task_done()
    print(q)
    getters = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(q)
    q2 = asyncio.Queue(1)
    q2.put_nowait(None)
    putter = asyncio.create_task(q2.put(5))
    await asyncio.sleep(0)
    print(q2)
    print(asyncio.PriorityQueue(4), asyncio.LifoQueue())
    for t in getters + [putter]:
        t.cancel()
    await asyncio.sleep(0)
    print(q, q2)

asyncio.run(main())
