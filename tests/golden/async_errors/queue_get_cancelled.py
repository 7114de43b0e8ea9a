# A task cancelled while waiting in Queue.get, uncaught: the frame is queues.py's get
import asyncio


async def main():
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.1, asyncio.current_task().cancel)
    await q.get()


asyncio.run(main())
