# Timeout.reschedule moves the deadline (later, earlier, or None to disable)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.3)
        print('survived past the first deadline')
        cm.reschedule(None)
        await asyncio.sleep(0.3)
        print('no deadline:', cm.when())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(0.3)
    except TimeoutError:
        print('deadline set later fired')
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time() - 1)
            await asyncio.sleep(0.3)
    except TimeoutError:
        print('deadline in the past fires at once')

asyncio.run(main())
