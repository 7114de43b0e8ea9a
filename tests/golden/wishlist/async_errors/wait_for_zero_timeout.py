# wait_for with timeout 0 on a pending coroutine: TimeoutError from the timeout <= 0 branch
# Wishlist: the coroutine is cancelled before it starts, and CPython's traceback shows its
# frame at its `def` line (a throw into a just-created coroutine); Coil's VM reports the
# first statement's line instead (the same for generator.throw on a fresh generator).
import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(slow(), 0)


asyncio.run(main())
