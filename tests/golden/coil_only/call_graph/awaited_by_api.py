# future_add_to_awaited_by/future_discard_from_awaited_by record who awaits a future; non-futures are ignored.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    me = asyncio.current_task()
    asyncio.future_add_to_awaited_by(f, me)
    asyncio.future_add_to_awaited_by(f, me)
    asyncio.future_add_to_awaited_by(f, "not a future")
    g = asyncio.capture_call_graph(f)
    print(len(g.awaited_by), g.awaited_by[0].future is me)
    asyncio.future_discard_from_awaited_by(f, me)
    print(asyncio.capture_call_graph(f).awaited_by)
    f.cancel()


asyncio.run(main())
