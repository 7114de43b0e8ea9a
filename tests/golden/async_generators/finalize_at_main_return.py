# An async generator local to main is finalised when main returns: its aclose task is cancelled at shutdown, finally sees the task name.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("finally in", asyncio.current_task().get_name())

async def main():
    g = agen()
    await g.__anext__()
    del g
    print("deleted")
    await asyncio.sleep(0)
    print("s1")
    await asyncio.sleep(0)
    print("s2")
    g2 = agen()
    await g2.__anext__()
    print(asyncio.current_task().get_name(), "returns")

asyncio.run(main())
