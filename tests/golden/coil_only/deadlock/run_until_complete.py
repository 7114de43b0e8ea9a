# loop.run_until_complete on a future nothing will complete, with no task left.
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
print("before")
loop.run_until_complete(fut)
print("never printed")
