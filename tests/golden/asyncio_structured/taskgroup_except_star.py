# TaskGroup failures handled with except*: each clause sees its part of the group, the siblings were cancelled
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.1, ValueError("bad value")))
            tg.create_task(fail(0.1, TypeError("bad type")))
            tg.create_task(slow(log))
    except* ValueError as eg:
        print("ValueError part:", repr(eg), [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeError part:", repr(eg), [str(e) for e in eg.exceptions])
    print(log)

    # An error raised in a handler joins the unhandled rest.
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(0.1, KeyError("k")))
                tg.create_task(fail(0.1, OSError("os")))
        except* KeyError:
            raise RuntimeError("from handler")
    except ExceptionGroup as eg:
        print(repr(eg))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

    # Results of the tasks that finished.
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0.2, result="a"))
        t2 = tg.create_task(asyncio.sleep(0.1, result="b"))
    print(t1.result(), t2.result())


asyncio.run(main())
