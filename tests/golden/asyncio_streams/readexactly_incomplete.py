# readexactly: exact reads, then IncompleteReadError with .partial and .expected at EOF.
import asyncio


async def handle(reader, writer):
    writer.write(b"abcdefgh")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.readexactly(3))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e)
        print(e.partial, e.expected, isinstance(e, EOFError))
    print(await reader.readexactly(0), reader.at_eof())
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
