# An exception escaping Runner.run propagates with the runner's traceback; the runner stays usable.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def ok():
    return "fine"


with asyncio.Runner() as runner:
    try:
        runner.run(fail())
    except ValueError as e:
        print("caught", repr(e))
    print(runner.run(ok()))
    runner.run(fail())
