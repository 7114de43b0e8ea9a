# In debug mode Handle and TimerHandle reprs end with "created at file:line", cancelled ones keep the callback.
import asyncio
import re


def cb(*args):
    pass


def show(h):
    print(re.sub(r"when=[0-9.e+]+", "when=T", repr(h)))


async def main():
    loop = asyncio.get_running_loop()
    show(loop.call_soon(cb, 1, "a"))
    t = loop.call_later(5, cb)
    show(t)
    t.cancel()
    show(t)
    show(loop.call_at(loop.time() + 5, cb, [1]))
    h = loop.call_soon_threadsafe(cb)
    show(h)
    print(h._source_traceback[-1][1:3])
    loop.set_debug(False)
    show(loop.call_soon(cb))
    print(loop.call_soon(cb)._source_traceback)


asyncio.run(main(), debug=True)
