# Lock.release on an unlocked lock, uncaught: RuntimeError raised in locks.py
import asyncio


async def main():
    lock = asyncio.Lock()
    lock.release()


asyncio.run(main())
