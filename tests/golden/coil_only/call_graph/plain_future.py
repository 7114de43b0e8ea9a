# A plain Future is drawn as Future(id=...) with no stack; the tasks awaiting it appear under it.
import asyncio
import re


async def waiter(f):
    await f


async def main():
    f = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(waiter(f), name='first')
    t2 = asyncio.create_task(waiter(f), name='second')
    await asyncio.sleep(0)
    print(re.sub(r'id=0x[0-9a-f]+', 'id=0x...', asyncio.format_call_graph(f)))
    f.set_result(None)
    await asyncio.gather(t1, t2)


asyncio.run(main())
