# A task left pending in a loop that was never closed, kept alive only by its cycle, is reported when the program ends.
import asyncio


async def forever():
    await asyncio.Event().wait()


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print("main returns")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("done")
