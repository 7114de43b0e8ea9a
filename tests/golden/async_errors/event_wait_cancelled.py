# A task cancelled while waiting on an Event, uncaught: the frame is locks.py's Event.wait
import asyncio


async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.1, asyncio.current_task().cancel)
    await ev.wait()


asyncio.run(main())
