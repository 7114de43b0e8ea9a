# current_task and all_tasks inside tasks; outside a running loop they raise RuntimeError.
import asyncio

async def child():
    print('child is', asyncio.current_task().get_name())
    await asyncio.sleep(1)

async def main():
    print('main is', asyncio.current_task().get_name())
    t = asyncio.create_task(child(), name='kid')
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    await t
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    print(asyncio.current_task() is asyncio.current_task())

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)
