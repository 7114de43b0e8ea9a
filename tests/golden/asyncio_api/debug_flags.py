# Debug mode switches: set_debug/get_debug, asyncio.run(debug=...), Runner(debug=...), slow_callback_duration.
import asyncio


async def show(label):
    loop = asyncio.get_running_loop()
    print(label, loop.get_debug(), loop.slow_callback_duration)


asyncio.run(show("run default"))
asyncio.run(show("run debug"), debug=True)
asyncio.run(show("run no debug"), debug=False)
with asyncio.Runner(debug=True) as r:
    loop = r.get_loop()
    loop.slow_callback_duration = 0.5
    r.run(show("runner"))
    loop.set_debug(False)
    r.run(show("after set_debug(False)"))
loop = asyncio.new_event_loop()
print(loop.get_debug(), loop.slow_callback_duration)
loop.set_debug(True)
print(loop.get_debug())
print(repr(loop).replace('debug=True', 'debug=ON'))
loop.close()
