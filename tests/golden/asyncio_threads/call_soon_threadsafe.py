# A thread schedules a callback on the loop with call_soon_threadsafe to resolve a future.
import asyncio
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker():
        time.sleep(0.2)
        loop.call_soon_threadsafe(fut.set_result, "from thread")

    t = threading.Thread(target=worker)
    t.start()
    print(await fut)
    t.join()


asyncio.run(main())
