# A child task cancelled on its own does not fail the group: siblings finish, no error
import asyncio

async def sleeper(n):
    await asyncio.sleep(n)
    print('sleeper', n, 'done')
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(sleeper(0.1))
        b = tg.create_task(sleeper(0.2))
        await asyncio.sleep(0.05)
        b.cancel()
    print(a.result(), b.cancelled())

asyncio.run(main())
