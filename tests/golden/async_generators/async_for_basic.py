# async for over an async generator, with await between yields, break, continue and else.
import asyncio

async def count(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    async for x in count(3):
        print("got", x)
    else:
        print("else ran")
    async for x in count(10):
        if x % 2:
            continue
        if x > 5:
            break
        print("even", x)
    else:
        print("not printed")
    print("done")

asyncio.run(main())
