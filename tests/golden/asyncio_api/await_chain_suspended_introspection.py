# A task suspended deep in an await chain: cr_await follows every coroutine to the future, and the stack prints each frame.
import asyncio
import sys


async def suspender(n, ev):
    if n == 0:
        await ev.wait()
        return "woke"
    return await suspender(n - 1, ev)


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(suspender(3, ev))
    await asyncio.sleep(0)
    c = t.get_coro()
    chain = []
    while c is not None and hasattr(c, "cr_await"):
        chain.append((c.cr_code.co_name, c.cr_running, c.cr_frame.f_locals.get("n")))
        c = c.cr_await
    print(chain, type(c).__name__)
    t.print_stack(file=sys.stdout)
    ev.set()
    print(await t)


asyncio.run(main())
