# A timeout whose body finishes in time: no error, state goes active -> finished, when() keeps the deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    cm = asyncio.timeout(1)
    print(repr(cm), round(cm.when() - start, 1))
    async with cm:
        print(repr(cm).startswith('<Timeout [active] when='), cm.expired())
        await asyncio.sleep(0.05)
        result = 'in time'
    print(result, repr(cm), cm.expired(), round(cm.when() - start, 1))
    async with asyncio.timeout(None) as never:
        await asyncio.sleep(0.1)
        print(repr(never), never.when())
    print(repr(never))

asyncio.run(main())
