# Queue.get_nowait on an empty queue, uncaught: QueueEmpty raised in queues.py
import asyncio


async def main():
    q = asyncio.Queue()
    q.get_nowait()


asyncio.run(main())
