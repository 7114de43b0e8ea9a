# A sleep coroutine driven by hand: the future it yields, resuming too early, its result as StopIteration.
import asyncio


async def main():
    c = asyncio.sleep(0.01, "done")
    fut = c.send(None)
    print(type(fut).__name__, fut.done())
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2 = asyncio.sleep(0.01, result=[1, 2])
    fut2 = c2.send(None)
    await asyncio.sleep(0.05)
    print(fut2.done())
    try:
        c2.send(None)
    except StopIteration as e:
        print("StopIteration:", e.value)
    try:
        c2.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.sleep(0.001, result="awaited"))


asyncio.run(main())
