# In debug mode futures and tasks record where they were made: "created at" in their repr.
import asyncio


async def work():
    await asyncio.sleep(0)
    return 7


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.current_task())
    f = loop.create_future()
    print(f)
    f.set_result("x")
    print(f)
    t1 = asyncio.create_task(work())
    print(t1)
    t2 = loop.create_task(work())
    print(t2)
    t3 = asyncio.ensure_future(work())
    print(t3)
    print(asyncio.Future())
    await asyncio.gather(t1, t2, t3)
    print(t2)
    print(t2._source_traceback[-1][1:3])
    print(len(t1._source_traceback) > len(t2._source_traceback))


asyncio.run(main(), debug=True)
