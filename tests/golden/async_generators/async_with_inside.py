# async with inside an async generator: __aexit__ runs on exhaustion, on aclose (GeneratorExit) and on athrow.
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, typ, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, typ.__name__ if typ else None)
        return False

async def agen(name):
    async with Res(name) as r:
        yield r
        yield r + "!"

async def main():
    print([x async for x in agen("a")])
    g = agen("b")
    print(await g.__anext__())
    await g.aclose()
    g = agen("c")
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError:
        print("KeyError out")

asyncio.run(main())
