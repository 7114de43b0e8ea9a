# BoundedSemaphore released too many times, uncaught: ValueError raised in locks.py
import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(1)
    sem.release()


asyncio.run(main())
