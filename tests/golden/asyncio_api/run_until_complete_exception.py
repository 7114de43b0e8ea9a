# loop.run_until_complete re-raises the coroutine's exception with base_events.py's frame.
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise LookupError("missing")


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except LookupError as e:
    print("caught", repr(e))
print(loop.run_until_complete(asyncio.sleep(0, result="next")))
loop.run_until_complete(fails())
