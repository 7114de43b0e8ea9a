# coroutine.__await__() gives an iterator a class's __await__ can `yield from`.
import asyncio


class Wrapped:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        print("wrapper starts")
        result = yield from self.coro.__await__()
        return ("wrapped", result)


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def main():
    print(await Wrapped(double(1)))
    print(await asyncio.gather(Wrapped(double(2)), double(3)))
    print(await asyncio.wait_for(Wrapped(double(4)), 1))
    print(await asyncio.shield(Wrapped(double(5))))
    for fut in asyncio.as_completed([Wrapped(double(6))]):
        print(await fut)
    it = double(7).__await__()
    print(type(it).__name__, iter(it) is it)
    print(type(it.send(None)).__name__)
    try:
        it.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    it.close()

asyncio.run(main())
