# A finally raising while the finalizer hook's aclose task closes an abandoned generator: "Task exception was never retrieved".
import asyncio
async def agen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
async def main():
    async for x in agen():
        break
    print("broke")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
