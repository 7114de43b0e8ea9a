# Timers with exactly equal deadlines fire in the order CPython's heapq pops them.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    out = []
    t = loop.time() + 0.05
    for i in range(12):
        loop.call_at(t, out.append, i)
    loop.call_soon(out.append, 'soon')
    await asyncio.sleep(0.1)
    print(out)
    out.clear()
    handles = [loop.call_at(t + 0.1, out.append, i) for i in range(7)]
    handles[3].cancel()
    handles[0].cancel()
    await asyncio.sleep(0.15)
    print(out)

asyncio.run(main())
