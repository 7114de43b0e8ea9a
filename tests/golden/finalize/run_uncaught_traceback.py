# An exception escaping asyncio.run(main()) shows CPython's runners.py and base_events.py frames between <module> and the coroutine.
import asyncio
async def inner():
    raise ValueError("boom")
async def main():
    await inner()
asyncio.run(main())
