# loop.call_soon/call_later/call_at run callbacks in context= if given, else in a copy taken when scheduled
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='default')

def show(tag):
    print(tag, v.get())
    v.set('changed by ' + tag)

async def main():
    loop = asyncio.get_running_loop()
    v.set('at schedule time')
    loop.call_soon(show, 'soon')
    v.set('later value')
    ctx = contextvars.copy_context()
    ctx.run(v.set, 'from ctx')
    loop.call_soon(show, 'soon ctx', context=ctx)
    loop.call_later(0.01, show, 'later ctx', context=ctx)
    loop.call_at(loop.time() + 0.02, show, 'at ctx', context=ctx)
    loop.call_later(0.03, show, 'later copy')
    await asyncio.sleep(0.05)
    print('main', v.get(), '| ctx', ctx[v])

asyncio.run(main())
