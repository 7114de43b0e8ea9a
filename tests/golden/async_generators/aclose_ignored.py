# A yield in answer to aclose's GeneratorExit: RuntimeError "async generator ignored GeneratorExit".
import asyncio

async def agen():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2

async def main():
    g = agen()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
