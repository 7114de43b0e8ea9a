# Task.get_stack() and print_stack(): a task not started, suspended, finished, failed, cancelled; limit=
import asyncio
import sys


async def inner():
    await asyncio.sleep(1)


async def outer():
    await inner()


async def fails():
    await asyncio.sleep(0)
    raise ValueError("broken")


def names(frames):
    return [(f.f_code.co_name, f.f_lineno) for f in frames]


async def main():
    t = asyncio.create_task(outer(), name="outer")
    print("not started:", names(t.get_stack()))
    await asyncio.sleep(0.1)
    print("suspended:", names(t.get_stack()), names(t.get_stack(limit=0)))
    t.print_stack(file=sys.stdout)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("cancelled:", t.get_stack())
    t.print_stack(file=sys.stdout)

    f = asyncio.create_task(fails(), name="fails")
    await asyncio.sleep(0.1)
    print("failed:", names(f.get_stack()), names(f.get_stack(limit=1)))
    f.print_stack(file=sys.stdout)
    f.exception()

    d = asyncio.create_task(asyncio.sleep(0, result=3), name="done")
    await d
    print("done:", d.get_stack())


asyncio.run(main())
