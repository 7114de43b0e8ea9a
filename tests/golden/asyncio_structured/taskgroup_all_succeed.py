# TaskGroup: the async with block waits for every task created in it; results, names and reprs
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * (4 - n))
    print('job', n, 'done')
    return n * n

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        tasks = [tg.create_task(job(n), name=f'job-{n}') for n in range(1, 4)]
        print(repr(tg))
        print('body ends before the jobs')
    print('after the block:', [t.result() for t in tasks])
    print([t.get_name() for t in tasks], repr(tg))
    async with asyncio.TaskGroup() as empty:
        pass
    print('empty group ok', repr(empty))

asyncio.run(main())
