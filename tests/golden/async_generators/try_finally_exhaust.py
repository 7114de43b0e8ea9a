# try/finally inside an async generator runs when it is exhausted normally.
import asyncio

async def agen():
    try:
        for i in range(2):
            yield i
    finally:
        print("finally")
    print("after finally")

async def main():
    async for x in agen():
        print(x)
    print("loop done")

asyncio.run(main())
