# asend delivers values into the generator; a non-None first asend is a TypeError.
import asyncio

async def echo():
    received = None
    while True:
        received = yield f"echo {received}"
        if received == "stop":
            return

async def main():
    g = echo()
    try:
        await g.asend("early")
    except TypeError as e:
        print("TypeError:", e)
    g = echo()
    print(await g.asend(None))
    print(await g.asend(1))
    print(await g.asend("two"))
    try:
        await g.asend("stop")
    except StopAsyncIteration:
        print("stopped")

asyncio.run(main())
