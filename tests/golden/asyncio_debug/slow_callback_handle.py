# A slow plain callback is reported as its Handle, with where it was created; not in normal mode.
import asyncio
import logging
import re
import time

messages = []


class Recorder(logging.Handler):
    def emit(self, record):
        messages.append(re.sub(r"took \d+\.\d+ seconds", "took N seconds", record.getMessage()))


logging.getLogger("asyncio").addHandler(Recorder())
logging.getLogger("asyncio").propagate = False


def slow(tag):
    time.sleep(0.12)
    print("slow ran", tag)


async def main(tag):
    loop = asyncio.get_running_loop()
    loop.call_soon(slow, tag)
    await asyncio.sleep(0.01)


asyncio.run(main("normal"))
print(messages)
asyncio.run(main("debug"), debug=True)
for m in messages:
    print(m)
