# Queue.task_done called more times than items were put: ValueError raised in queues.py
import asyncio


async def main():
    q = asyncio.Queue()
    q.task_done()


asyncio.run(main())
