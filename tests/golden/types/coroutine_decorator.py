# types.coroutine makes a generator-based coroutine awaitable.
import asyncio
import types


@types.coroutine
def legacy_sleep():
    yield
    return "woke"


async def main():
    print(await legacy_sleep())
    print(legacy_sleep.__name__)


asyncio.run(main())
