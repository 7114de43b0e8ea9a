# asyncio.sleep given a string delay: TypeError from the comparison in tasks.py's sleep
import asyncio


async def main():
    await asyncio.sleep("soon")


asyncio.run(main())
