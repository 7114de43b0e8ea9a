# A thread submits a coroutine to the loop with run_coroutine_threadsafe and waits for it.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def in_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    return fut.result(timeout=5)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(in_thread, loop))


asyncio.run(main())
