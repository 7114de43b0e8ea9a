# Timeout misuse raises RuntimeError: reschedule before entering or after exit, entering twice, outside a task
import asyncio

async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print(e)
    async with cm:
        pass
    for action in (lambda: cm.reschedule(5),):
        try:
            action()
        except RuntimeError as e:
            print(e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print(e)
    try:
        async with asyncio.timeout(0.1) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print(e)

asyncio.run(main())

async def not_a_task():
    async with asyncio.Timeout(None):
        pass

coro = not_a_task()
try:
    coro.send(None)
except RuntimeError as e:
    print(e)
