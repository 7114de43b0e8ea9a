# A task cancelled while in asyncio.sleep: the CancelledError escapes asyncio.run with tasks.py's sleep frame
import asyncio


async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)


asyncio.run(main())
