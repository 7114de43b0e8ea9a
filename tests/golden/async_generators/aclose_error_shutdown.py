# A finally block raising while shutdown_asyncgens closes the generator: reported by the exception handler.
import asyncio

async def agen():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

keep = None

async def main():
    global keep
    keep = agen()
    await keep.__anext__()
    print("main end")

asyncio.run(main())
print("after run")
