# break out of async for: the abandoned async generator is closed by the loop's finalizer hook (a task, soon).
import asyncio

async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")

async def main():
    async for x in agen():
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0)
    print("after sleep 1")

asyncio.run(main())
