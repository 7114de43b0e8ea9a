# wait_for(q.get(), timeout) timing out leaves no getter behind; a later put is not lost.
import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 1)
    except asyncio.TimeoutError:
        print('timed out', q)
    q.put_nowait('kept')
    print(q, await asyncio.wait_for(q.get(), 1))
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        await asyncio.wait_for(full.put(2), 0.5)
    except asyncio.TimeoutError:
        print('put timed out', full)

asyncio.run(main())
