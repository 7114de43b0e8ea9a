# TaskGroup with one failing child: siblings get CancelledError, the body is cancelled, an ExceptionGroup is raised
import asyncio

async def worker(n, fail=False):
    try:
        await asyncio.sleep(0.1 * n)
        if fail:
            raise ValueError(f'worker {n} failed')
        print('worker', n, 'done')
    except asyncio.CancelledError:
        print('worker', n, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1))
            tg.create_task(worker(2, fail=True))
            tg.create_task(worker(3))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print('body cancelled')
                raise
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg)
        print([repr(e) for e in eg.exceptions])
    print('the task goes on; cancelling =', asyncio.current_task().cancelling())

asyncio.run(main())
