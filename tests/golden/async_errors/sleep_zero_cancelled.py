# A task cancelled while in asyncio.sleep(0): the frames are tasks.py's sleep and its __sleep0 generator
import asyncio


async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)


asyncio.run(main())
