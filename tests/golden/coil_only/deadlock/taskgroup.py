# A TaskGroup whose children wait forever: the parent waits in TaskGroup.__aexit__ for them.
import asyncio


async def child(ready):
    await ready.wait()


async def main():
    ready = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(ready))
        tg.create_task(child(ready))


asyncio.run(main())
