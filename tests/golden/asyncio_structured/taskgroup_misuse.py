# TaskGroup misuse: create_task before entering or after finishing, entering twice, no parent task
import asyncio

async def noop():
    pass

def try_create(tg):
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
        coro.close()

async def main():
    tg = asyncio.TaskGroup()
    try_create(tg)
    async with tg:
        tg.create_task(noop())
    try_create(tg)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)

asyncio.run(main())

async def outside():
    async with asyncio.TaskGroup():
        pass

coro = outside()
try:
    coro.send(None)
except RuntimeError as e:
    print(e)
