# TaskGroup children start with a copy of the current context; create_task(context=) uses the given one
import asyncio
import contextvars

tag = contextvars.ContextVar('tag', default='none')

async def child(label):
    print(label, 'sees', tag.get())
    tag.set(label)

async def main():
    tag.set('parent')
    ctx = contextvars.copy_context()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child('a'))
        tag.set('parent-2')
        tg.create_task(child('b'))
        tg.create_task(child('c'), context=ctx)
    print('parent', tag.get(), '| ctx', ctx[tag])

asyncio.run(main())
