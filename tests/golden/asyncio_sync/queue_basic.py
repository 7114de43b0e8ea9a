# Queue: put_nowait/get_nowait in FIFO order, qsize, empty, full, maxsize (read-only).
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    for x in 'abc':
        q.put_nowait(x)
        print(q.qsize(), q.empty(), q.full())
    print([q.get_nowait() for _ in range(3)])
    print(q.empty(), q.full())
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.maxsize, unbounded.full(), unbounded.qsize())
    print(sum(unbounded.get_nowait() for _ in range(1000)), unbounded.empty())
    neg = asyncio.Queue(-1)
    neg.put_nowait(1)
    print(neg.full(), neg.maxsize)
    try:
        q.maxsize = 5
    except AttributeError:
        print('maxsize is read-only')
    await q.put('x')
    print(await q.get())

asyncio.run(main())


async def churn():
    # Many items through one queue, interleaved and in bulk, keep FIFO order.
    q = asyncio.Queue()
    out = []
    for i in range(3000):
        q.put_nowait(i)
        if i % 3 == 0:
            out.append(q.get_nowait())
    while not q.empty():
        out.append(await q.get())
    print(out == list(range(3000)), len(out))

asyncio.run(churn())
