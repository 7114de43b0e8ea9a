# A handler set with set_exception_handler receives callback errors and never-retrieved exceptions.
import asyncio
import gc


def handler(loop, context):
    exc = context.get('exception')
    print("handler:", context['message'], repr(exc), sorted(context))
    if 'future' in context:
        print("  future:", context['future'])


def bad_cb(x):
    raise ValueError(x)


async def boom():
    raise KeyError('k')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_cb, 1)
    await asyncio.sleep(0.01)
    fut = loop.create_future()
    fut.set_exception(RuntimeError("lost"))
    del fut
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0.01)
    del t
    gc.collect()
    await asyncio.sleep(0.01)
    g = asyncio.gather(boom())
    await asyncio.sleep(0.01)
    del g
    await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
