# Ten tasks each doing 20,000 sleep(0): task switches through the ready queue.
import asyncio

async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(spin(20000) for _ in range(10)))
    print("done")

asyncio.run(main())
