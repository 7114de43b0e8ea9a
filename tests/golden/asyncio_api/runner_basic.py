# asyncio.Runner runs several coroutines on one loop and closes it on exit.
import asyncio


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def pending_forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("pending task cancelled at close")


async def start_background():
    asyncio.create_task(pending_forever())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    print(runner.run(double(1)))
    print(runner.run(double(2)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    runner.run(start_background())
    print(asyncio.get_event_loop() is loop)
print(loop.is_closed())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
