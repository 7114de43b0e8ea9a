# CancelledError is a BaseException; TimeoutError is the builtin; iscoroutine/iscoroutinefunction; result() states.
import asyncio

async def coro():
    return 1

def plain():
    pass

print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError is asyncio.exceptions.CancelledError)
c = coro()
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(plain))
print(asyncio.run(c))

async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('cancelled', repr(e))
    t = asyncio.create_task(coro())
    print(await t, t.result(), t.exception())

asyncio.run(main())
