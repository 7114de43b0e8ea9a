# Debug mode: "Exception in callback" shows the handle's creation place and source_traceback.
import asyncio


def explode(x):
    raise ValueError(x)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(explode, "boom")
    await asyncio.sleep(0)
    print("still running")


asyncio.run(main(), debug=True)
