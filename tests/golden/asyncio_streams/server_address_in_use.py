# start_server on a port already taken: OSError errno 98 with asyncio's bind message.
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    first = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = first.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(handle, '127.0.0.1', port, reuse_address=False)
    except OSError as e:
        print(type(e).__name__, e.errno)
        print(str(e).replace(str(port), 'PORT'))
    first.close()
    await first.wait_closed()

asyncio.run(main())
