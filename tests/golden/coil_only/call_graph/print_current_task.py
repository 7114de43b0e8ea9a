# print_call_graph() in a TaskGroup child (3.14's documented example): its stack, then the parent awaiting it.
import asyncio
import io
import re


async def test(out):
    asyncio.print_call_graph(file=out)


async def main():
    out = io.StringIO()
    async with asyncio.TaskGroup() as g:
        g.create_task(test(out), name='test')
    print(re.sub(r'id=0x[0-9a-f]+', 'id=0x...', out.getvalue()), end='')


asyncio.run(main())
