# capture_call_graph returns frozen FutureCallGraph/FrameCallGraphEntry records holding the future and frame objects.
import asyncio
import dataclasses


async def inner():
    return asyncio.capture_call_graph()


async def main():
    g = await inner()
    print(type(g).__name__, g.future is asyncio.current_task())
    print(type(g.call_stack).__name__, len(g.call_stack), g.awaited_by)
    entry = g.call_stack[0]
    print(type(entry).__name__, entry.frame.f_code.co_name, entry.frame.f_lineno)
    print([e.frame.f_code.co_name for e in g.call_stack])
    print(entry == asyncio.FrameCallGraphEntry(entry.frame))
    try:
        g.future = None
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(asyncio.FutureCallGraph.__match_args__)


asyncio.run(main())
