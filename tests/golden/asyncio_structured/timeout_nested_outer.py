# Nested timeouts, outer deadline first: the inner block lets the CancelledError through, the outer converts it
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner must not see TimeoutError')
            except asyncio.CancelledError:
                print('inner block passed CancelledError on; inner expired:', inner.expired())
                raise
    except TimeoutError:
        print('outer timed out:', outer.expired())
    print(repr(inner), repr(outer))

asyncio.run(main())
