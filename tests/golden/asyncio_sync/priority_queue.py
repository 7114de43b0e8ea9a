# PriorityQueue: lowest first, ties broken by the rest of the tuple, heap order as CPython's heapq.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e'), (0, 'z'), (2, 'B')]:
        q.put_nowait(item)
    print(q)
    print([q.get_nowait() for _ in range(q.qsize())])
    nums = [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]
    for n in nums:
        await q.put(n)
    print(q.qsize(), [await q.get() for _ in nums])
    q.put_nowait((1, 'x'))
    try:
        q.put_nowait((1, None))
    except TypeError as e:
        print('TypeError:', e)
    print(q.qsize())
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(waiter.result())

asyncio.run(main())
