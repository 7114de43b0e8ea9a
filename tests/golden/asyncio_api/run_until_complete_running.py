# loop.run_until_complete and run_forever refuse to run inside a running loop, before wrapping anything.
import asyncio


async def sub():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    print(len(asyncio.all_tasks()))

asyncio.run(main())
