# Many tasks awaiting sleep(0) at once: round-robin order, result=, and one cancelled mid-way.
import asyncio

log = []


async def worker(name, n):
    got = []
    for i in range(n):
        got.append(await asyncio.sleep(0, result=f"{name}{i}"))
        log.append(name)
    return got


async def main():
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 4))
    c = asyncio.create_task(worker("c", 5))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    c.cancel("stop c")
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print(res[0], res[1], repr(res[2]))
    print("".join(log))
    s = asyncio.sleep(0)
    print(type(s).__name__, s.__qualname__)
    s.close()


asyncio.run(main())
