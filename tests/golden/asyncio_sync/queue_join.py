# Queue.join waits until task_done() was called once per item put; join on a finished queue returns at once.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue()
    await q.join()
    print('join on empty queue returns at once')
    for i in range(3):
        q.put_nowait(i)

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(1)
            print(f'{loop.time() - t0:.0f} done {item}')
            q.task_done()

    w = asyncio.create_task(worker())
    await q.join()
    print(f'{loop.time() - t0:.0f} joined', q)
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())
