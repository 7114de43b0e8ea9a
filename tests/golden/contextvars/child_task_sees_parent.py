# A task starts with a copy of the context current at create_task: it sees the parent's values then, not later ones
import asyncio
import contextvars

request = contextvars.ContextVar('request', default=None)

async def handler(tag):
    print(tag, 'sees', request.get())
    await asyncio.sleep(0.01)
    print(tag, 'still sees', request.get())

async def main():
    request.set('req-1')
    t1 = asyncio.create_task(handler('t1'))
    request.set('req-2')
    t2 = asyncio.create_task(handler('t2'))
    request.set('req-3')
    await asyncio.gather(t1, t2)
    print('main sees', request.get())

asyncio.run(main())
