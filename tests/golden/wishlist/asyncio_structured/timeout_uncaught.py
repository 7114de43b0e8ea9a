# An uncaught TimeoutError from asyncio.timeout: traceback shows the CancelledError as its direct cause
# Wishlist: CPython's traceback shows the frames of its asyncio sources (runners.py,
# base_events.py, tasks.py, timeouts.py) with their lines; Coil's asyncio is native or
# frozen Python parts, so those frames cannot match.
import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    async with asyncio.timeout(0.5):
        await slow()

asyncio.run(main())
