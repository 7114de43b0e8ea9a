# Reprs of tasks and futures: pending, running, finished with result or exception, cancelling, waiting.
import asyncio

async def ret(v):
    return v

async def boom():
    raise ValueError('x')

async def sleeper():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.set_result([1, 2])
    print(f)
    t1 = asyncio.create_task(ret('the result'))
    t2 = asyncio.create_task(boom())
    t3 = asyncio.create_task(sleeper())
    print(t1)
    await asyncio.sleep(0)
    print(t1)
    print(t2)
    print(t3)
    t3.cancel()
    print(t3)
    print(asyncio.current_task())
    t2.exception()
    print(loop)
    try:
        t3.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)

asyncio.run(main())
