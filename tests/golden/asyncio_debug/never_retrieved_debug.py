# Debug mode: "Task exception was never retrieved" names where the task was created.
import asyncio
import gc


async def fails():
    raise KeyError("lost")


async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after")


asyncio.run(main(), debug=True)
