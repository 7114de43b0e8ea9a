# Debug mode logs "Executing <Task ...> took N seconds" on the asyncio logger when a step is slow.
import asyncio
import logging
import re
import time


class Recorder(logging.Handler):
    def emit(self, record):
        msg = re.sub(r"took \d+\.\d+ seconds", "took N seconds", record.getMessage())
        print(record.levelname, record.name, msg)


logging.getLogger("asyncio").addHandler(Recorder())
logging.getLogger("asyncio").propagate = False


async def busy():
    time.sleep(0.15)
    return 1


async def quick():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    print(loop.slow_callback_duration)
    await asyncio.create_task(busy())
    await asyncio.create_task(quick())
    loop.slow_callback_duration = 1.0
    await asyncio.create_task(busy())
    print("done")


asyncio.run(main(), debug=True)
