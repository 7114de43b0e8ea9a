# Awaiting the same __anext__()/athrow() object twice: "cannot reuse already awaited" RuntimeErrors.
import asyncio

async def agen():
    yield 1
    yield 2

async def main():
    g = agen()
    a = g.__anext__()
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = g.athrow(ValueError)
    try:
        await t
    except ValueError:
        print("ValueError from athrow")
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
