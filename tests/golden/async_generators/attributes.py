# Async generator attributes: type name, __name__, __qualname__, ag_code, ag_running, ag_frame, ag_await.
import asyncio

class C:
    async def meth(self):
        yield 1

async def agen():
    print("running inside:", g.ag_running)
    yield 1

g = None

async def main():
    global g
    g = agen()
    print(type(g).__name__, g.__name__, g.__qualname__)
    print(C().meth().__qualname__)
    print(g.ag_code.co_name, g.ag_running, g.ag_frame is not None, g.ag_await)
    print(await g.__anext__())
    print("after:", g.ag_running)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        pass
    print(g.ag_frame)
    print(repr(g).startswith("<async_generator object agen at 0x"))

asyncio.run(main())
