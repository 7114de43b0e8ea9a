# Handle and TimerHandle reprs show the callback with its arguments; cancelled handles drop them.
import asyncio


def callback(a, b=None):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(callback, 1, 'two')
    print(h)
    h.cancel()
    print(h, h.cancelled())
    h2 = loop.call_soon(print, [1, 2, 3, 4, 5, 6, 7], 'a' * 40)
    print(h2)
    h2.cancel()
    t = loop.call_later(10, callback, (1,))
    print(type(t).__name__, repr(t).split(' ', 2)[2])
    t.cancel()
    print(repr(t).split(' ')[1])

asyncio.run(main())
