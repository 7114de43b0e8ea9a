# Methods of native objects (futures, deques) looked up at a call site many times, and overridden in a subclass.
import asyncio
from collections import deque


class MyDeque(deque):
    def append(self, x):
        super().append(x * 10)


def fill(d):
    for i in range(3):
        d.append(i)
    return list(d)


def probe(f):
    return f.done(), f.cancelled()


async def main():
    loop = asyncio.get_running_loop()
    print(fill(deque()), fill(MyDeque()), fill(deque()))
    for f in (loop.create_future(), loop.create_future()):
        print(type(f).__name__, probe(f))
    f = loop.create_future()
    m = f.set_result
    m(3)
    print(f.result(), probe(f))


asyncio.run(main())
