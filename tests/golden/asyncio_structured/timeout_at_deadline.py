# asyncio.timeout_at takes an absolute loop.time() deadline; one already past fires at the next iteration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.25
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print(cm.when() == deadline)
            while True:
                await asyncio.sleep(0.1)
                print('tick')
    except TimeoutError:
        print('deadline reached')
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            print('body starts')
            await asyncio.sleep(0)
            print('never printed')
    except TimeoutError:
        print('past deadline')
    async with asyncio.timeout_at(loop.time() - 5):
        print('a body that never awaits still completes')
    print('done')

asyncio.run(main())
