# asyncio.sleep(float('nan')) returns at once, as in CPython (a NaN deadline is due immediately).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.sleep(float("nan"), result="woke")
    print(r, loop.time() - t0 < 1)
    h = loop.call_later(float("nan"), print, "nan callback")
    await asyncio.sleep(0.01)
    print(h.when() != h.when())


asyncio.run(main())
