# asyncio.sleep returns a coroutine: create_task, gather and iscoroutine accept it.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0.5, result="done"))
    print(await t)
    c = asyncio.sleep(1)
    print(type(c).__name__, asyncio.iscoroutine(c))
    c.close()
    r = await asyncio.gather(asyncio.sleep(0.2, result=2), asyncio.sleep(0.1, result=1))
    print(r)


asyncio.run(main())
