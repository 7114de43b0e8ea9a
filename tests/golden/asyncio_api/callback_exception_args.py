# "Exception in callback" names the callback with its (reprlib-shortened) arguments and starts in events.py.
import asyncio


def raising_cb(fut):
    raise ValueError('cb failed')


def two_args(a, b):
    raise KeyError(b)


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    t.add_done_callback(raising_cb)
    await t
    await asyncio.sleep(0)
    loop.call_soon(two_args, 'x' * 50, [1, 2, 3, 4, 5, 6, 7, 8])
    await asyncio.sleep(0)
    print(loop.call_soon(print, 12345678901234567890123456789012345678901234567890, (1,)))

asyncio.run(main())
