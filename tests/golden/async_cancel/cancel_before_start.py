# A task cancelled before its first step never runs; awaiting it raises CancelledError.
import asyncio

async def body():
    print('never printed')

async def main():
    t = asyncio.create_task(body())
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print('caught', type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())

asyncio.run(main())
