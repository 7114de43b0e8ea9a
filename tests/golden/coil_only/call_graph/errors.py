# Errors: no running loop and no future, a non-future argument; outside a task the graph is None / ''.
import asyncio

try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.format_call_graph(42)
except TypeError as e:
    print("TypeError:", e)


def callback(loop):
    print(repr(asyncio.capture_call_graph()), repr(asyncio.format_call_graph()))
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(callback, loop)
loop.run_forever()
loop.close()
