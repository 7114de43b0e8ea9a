# Nested timeouts, inner deadline first: only the inner block raises TimeoutError; the outer carries on
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.1) as inner:
                await asyncio.sleep(10)
        except TimeoutError:
            print('inner timed out:', inner.expired(), '| outer expired:', outer.expired())
        await asyncio.sleep(0.2)
        print('outer body continues')
    print('outer finished:', repr(outer))

asyncio.run(main())
