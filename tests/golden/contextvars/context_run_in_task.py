# Context.run inside a task: the task's own context cannot be re-entered, a copy can
import asyncio
import contextvars

v = contextvars.ContextVar('v', default=0)

async def main():
    v.set(1)
    ctx = contextvars.copy_context()
    print(ctx.run(lambda: v.get()))
    ctx.run(v.set, 2)
    print(v.get(), ctx[v])
    async def child():
        try:
            ctx.run(v.get)
        except RuntimeError as e:
            print('RuntimeError', str(e).endswith('is already entered'))
        return v.get()
    print(await asyncio.create_task(child(), context=ctx))

asyncio.run(main())
