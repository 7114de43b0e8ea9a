# A second server on a port in use fails with OSError errno 98 (EADDRINUSE).
import asyncio


async def noop(reader, writer):
    writer.close()


async def main():
    first = await asyncio.start_server(noop, '127.0.0.1', 0)
    port = first.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(noop, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
    try:
        await asyncio.get_running_loop().create_server(asyncio.Protocol, '127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno)
    first.close()
    await first.wait_closed()

asyncio.run(main())
