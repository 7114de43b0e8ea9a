# An exception in a to_thread function propagates to the awaiting task with its frames.
import asyncio


def fails():
    raise RuntimeError("inside thread")


async def main():
    await asyncio.to_thread(fails)


asyncio.run(main())
