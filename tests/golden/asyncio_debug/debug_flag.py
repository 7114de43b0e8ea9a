# loop.get_debug()/set_debug(), asyncio.run(debug=True) and Runner(debug=True), the loop's repr.
import asyncio


async def show(tag):
    loop = asyncio.get_running_loop()
    print(tag, loop.get_debug(), repr(loop).split()[-1])


asyncio.run(show("default"))
asyncio.run(show("debug=True"), debug=True)
asyncio.run(show("debug=False"), debug=False)

with asyncio.Runner(debug=True) as runner:
    runner.run(show("Runner"))

loop = asyncio.new_event_loop()
print("new loop", loop.get_debug())
loop.set_debug(True)
print("after set_debug", loop.get_debug())
loop.run_until_complete(show("run_until_complete"))
loop.set_debug(False)
print(loop.get_debug())
loop.close()
