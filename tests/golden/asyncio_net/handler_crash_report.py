# An exception in start_server's client callback is reported with the transport's repr; the client sees EOF.
import asyncio
import re
import sys


async def crash(reader, writer):
    await reader.readline()
    raise RuntimeError("handler bug")


async def main():
    server = await asyncio.start_server(crash, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"x\n")
    await w.drain()
    print(await r.read())
    w.close()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()


def handler(loop, context):
    print(context["message"], re.sub(r"fd=\d+", "fd=N", repr(context["transport"])))
    print(repr(context["exception"]))


async def run():
    asyncio.get_running_loop().set_exception_handler(handler)
    await main()


asyncio.run(run())
