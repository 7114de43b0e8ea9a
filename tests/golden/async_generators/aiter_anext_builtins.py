# Builtins aiter() and anext(), with a default and without.
import asyncio

async def agen():
    yield "a"
    yield "b"

async def main():
    g = agen()
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        aiter(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
