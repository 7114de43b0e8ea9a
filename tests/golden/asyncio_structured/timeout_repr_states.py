# Timeout repr through its states: created, active (when=rounded deadline), expiring, expired, finished
import asyncio

async def main():
    t = asyncio.timeout_at(None)
    print(repr(t))
    async with t:
        print(repr(t))
    print(repr(t))
    t = asyncio.timeout_at(12.34567)
    print(repr(t))
    t2 = asyncio.timeout(0)
    try:
        async with t2:
            try:
                await asyncio.sleep(1)
            finally:
                print(repr(t2))
    except TimeoutError:
        print(repr(t2))
    print(type(t).__name__, asyncio.Timeout is type(t), type(t).__module__)

asyncio.run(main())
