# Timers fire in deadline order, equal deadlines in scheduling order; loop.time() advances by the delays.
import asyncio

async def say(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(say(2, 'two'), say(1, 'one-a'), say(1, 'one-b'), say(4, "four"))
    print(round(loop.time() - t0))
    print(await asyncio.sleep(0.5, result='r'))

asyncio.run(main())
