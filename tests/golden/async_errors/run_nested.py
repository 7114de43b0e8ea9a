# asyncio.run called from a running loop: RuntimeError raised in runners.py
import asyncio


async def inner():
    return 1


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    finally:
        coro.close()


asyncio.run(main())
