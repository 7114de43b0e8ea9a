# readexactly and readuntil on a client that disconnects mid-message raise IncompleteReadError.
import asyncio


async def handle(reader, writer):
    try:
        await reader.readuntil(b'\n')
    except asyncio.IncompleteReadError as e:
        print("readuntil:", e, e.partial, e.expected)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'no newline here')
    await writer.drain()
    writer.write_eof()
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("readexactly:", e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
