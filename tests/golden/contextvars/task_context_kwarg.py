# create_task(coro, context=ctx) runs the task in ctx itself: its sets are visible in ctx afterwards
import asyncio
import contextvars

counter = contextvars.ContextVar('counter', default=0)

async def bump(label):
    counter.set(counter.get() + 1)
    await asyncio.sleep(0)
    print(label, counter.get())

async def main():
    ctx = contextvars.copy_context()
    await asyncio.create_task(bump('first'), context=ctx)
    await asyncio.create_task(bump('second'), context=ctx)
    loop = asyncio.get_running_loop()
    await loop.create_task(bump('loop.create_task'), context=ctx)
    await asyncio.Task(bump('Task()'), context=ctx)
    print('ctx holds', ctx[counter], 'main holds', counter.get())
    await asyncio.create_task(bump('default copy'))
    print('main still', counter.get())

asyncio.run(main())
