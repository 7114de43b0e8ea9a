# A task left sleeping when its loop stopped and closed is a cycle the collector frees, with the pending-task report.
import asyncio
import gc
import sys


async def f():
    await asyncio.sleep(10)


async def main():
    asyncio.get_running_loop().create_task(f())
    await asyncio.sleep(0)


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("stopped")
loop.close()
print("closed")
sys.stdout.flush()
gc.collect()
print("end")
