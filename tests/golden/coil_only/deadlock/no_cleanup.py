# Output printed before the deadlock is kept; finally blocks and atexit callbacks do not run.
import asyncio
import atexit

atexit.register(print, "atexit ran")


async def main():
    print("before the wait")
    try:
        await asyncio.Event().wait()
    finally:
        print("finally ran")


asyncio.run(main())
