# An async generator left suspended in asyncio.run is closed by shutdown_asyncgens after main returns.
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
        await asyncio.sleep(0)
        print("agen finally after await")

g = None

async def main():
    global g
    g = agen()
    print(await g.__anext__())
    print("main end")

asyncio.run(main())
print("after run")
