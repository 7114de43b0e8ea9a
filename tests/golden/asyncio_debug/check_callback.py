# Debug mode rejects coroutines and non-callables given to call_soon, call_later, call_at, run_in_executor.
import asyncio


async def coro_fn():
    pass


async def main():
    loop = asyncio.get_running_loop()
    c = coro_fn()
    attempts = [
        lambda: loop.call_soon(c),
        lambda: loop.call_soon(coro_fn),
        lambda: loop.call_soon(42),
        lambda: loop.call_later(1, "text"),
        lambda: loop.call_at(1, None),
        lambda: loop.call_soon_threadsafe(coro_fn),
        lambda: loop.run_in_executor(None, coro_fn),
        lambda: loop.run_in_executor(None, 3),
    ]
    for attempt in attempts:
        try:
            attempt()
            print("accepted")
        except TypeError as e:
            print(e)
    c.close()


asyncio.run(main(), debug=True)
