# Future.add_done_callback captures the context current when added (or context=)
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='-')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    v.set('when added')
    fut.add_done_callback(lambda f: print('plain:', v.get(), f.result()))
    ctx = contextvars.Context()
    ctx.run(v.set, 'explicit')
    fut.add_done_callback(lambda f: print('context=:', v.get()), context=ctx)
    v.set('when resolved')
    fut.set_result(42)
    await asyncio.sleep(0)
    print('main:', v.get())

asyncio.run(main())
