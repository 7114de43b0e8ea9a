# A pending gather whose children wait forever, dropped with everything else: the collector frees the children and reports them.
import asyncio
import gc
import sys


async def child(i):
    await asyncio.Future()


async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    print(g)
    del g
    sys.stdout.flush()
    gc.collect()
    print("after collect")


asyncio.run(main())
