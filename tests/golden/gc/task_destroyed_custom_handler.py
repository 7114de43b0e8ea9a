# The "destroyed but pending" report goes to the loop's exception handler with 'message' and the task; the coroutine's finally runs first.
import asyncio
import gc


async def never():
    try:
        await asyncio.Future()
    finally:
        print("finally runs")


def handler(loop, ctx):
    t = ctx["task"]
    print("handler:", sorted(ctx), ctx["message"])
    print("task:", t.get_name(), t.done(), t.cancelled())


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(never(), name="lost")
    await asyncio.sleep(0)
    print("collect")
    gc.collect()
    print("after")


asyncio.run(main())
