# A task waiting on a long timer, or on a timer that sets an Event, is not a deadlock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    e = asyncio.Event()
    loop.call_later(3600, e.set)
    await e.wait()
    await asyncio.sleep(7200)
    print("woke after three hours")


asyncio.run(main())
