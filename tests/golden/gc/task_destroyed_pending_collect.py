# A pending task that nothing references (waiting on a future) is freed by gc.collect(), which prints CPython's "Task was destroyed but it is pending!" report.
import asyncio
import gc
import sys


async def never():
    await asyncio.Future()


async def main():
    t = asyncio.create_task(never())
    await asyncio.sleep(0)
    del t
    print("collecting")
    sys.stdout.flush()
    print("found garbage:", gc.collect() > 0)
    print("after collect")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
