# A task cancelled while async for waits inside the generator: CancelledError is thrown into the generator.
import asyncio

async def agen():
    try:
        yield 1
        await asyncio.sleep(10)
        yield 2
    except asyncio.CancelledError:
        print("generator saw CancelledError")
        raise
    finally:
        print("generator finally")

async def worker():
    try:
        async for x in agen():
            print("got", x)
    except asyncio.CancelledError:
        print("worker cancelled")
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task cancelled")

asyncio.run(main())
