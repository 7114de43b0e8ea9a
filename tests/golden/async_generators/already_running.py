# Two tasks iterating one async generator while it awaits: "anext(): asynchronous generator is already running".
import asyncio

async def agen():
    await asyncio.sleep(0.1)
    yield 1

async def main():
    g = agen()
    t = asyncio.create_task(anext(g))
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await g.athrow(ValueError)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)

asyncio.run(main())
