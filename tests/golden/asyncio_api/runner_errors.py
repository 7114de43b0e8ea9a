# asyncio.Runner's errors: not a coroutine, closed runner, debug flag, loop_factory.
import asyncio


async def answer():
    return 42


runner = asyncio.Runner(debug=True)
print(runner.get_loop().get_debug())
try:
    runner.run(42)
except ValueError as e:
    print("ValueError:", e)
runner.close()
runner.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with runner:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


def factory():
    print("factory called")
    return asyncio.new_event_loop()


with asyncio.Runner(loop_factory=factory) as r:
    print(r.run(answer()))
    print(r.get_loop().get_debug())


async def nested():
    coro = answer()
    try:
        r.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

with asyncio.Runner() as r:
    r.run(nested())
