# An exception in a done callback of a plain future is reported with the future as argument.
import asyncio


def on_done(fut):
    raise RuntimeError(f"callback saw {fut.result()}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result(7)
    await asyncio.sleep(0)
    print("loop keeps running")

asyncio.run(main())
