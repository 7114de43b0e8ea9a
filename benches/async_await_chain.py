# Awaiting coroutines directly (no task switch): a coroutine call per await, five deep.
import asyncio


async def leaf(x):
    return x + 1


async def mid(x, depth):
    if depth == 0:
        return await leaf(x)
    return await mid(x, depth - 1)


async def main():
    total = 0
    for i in range(40000):
        total += await mid(i, 4)
    print(total)


asyncio.run(main())
