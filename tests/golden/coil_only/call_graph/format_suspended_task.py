# format_call_graph(task) of a suspended task: innermost coroutine first, awaited by the task that gathers it.
import asyncio
import re


async def leaf(e):
    await e.wait()


async def branch(e):
    await leaf(e)


async def main():
    e = asyncio.Event()
    t = asyncio.create_task(branch(e), name='worker')
    g = asyncio.gather(t)
    await asyncio.sleep(0)
    text = asyncio.format_call_graph(t)
    print(re.sub(r'id=0x[0-9a-f]+', 'id=0x...', text))
    e.set()
    await g


asyncio.run(main())
