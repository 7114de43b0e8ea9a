# Timers and I/O together: wait_for times out on a silent peer; loop.time() moves by the timeout.
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    t0 = loop.time()
    try:
        await asyncio.wait_for(reader.readline(), 0.2)
    except asyncio.TimeoutError:
        print("timed out after", round(loop.time() - t0, 1))
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()

asyncio.run(main())
