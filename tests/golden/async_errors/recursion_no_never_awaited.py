# A coroutine recursing until RecursionError does not also warn "coroutine was never awaited".
import asyncio


async def r(n):
    return await r(n + 1)


async def main():
    try:
        await r(0)
    except RecursionError as e:
        print("caught", type(e).__name__, e)

asyncio.run(main())
print("end")
