# call_later and sleep with the same delay, scheduled in sequence, fire in scheduling order.
import asyncio


async def sleeper(i, out):
    await asyncio.sleep(0.05)
    out.append(f"sleep{i}")


async def main():
    loop = asyncio.get_running_loop()
    out = []
    for i in range(10):
        loop.call_later(0.02, out.append, i)
    await asyncio.sleep(0.03)
    print(out)
    out.clear()
    await asyncio.gather(*(sleeper(i, out) for i in range(8)))
    print(out)

asyncio.run(main())
