# is_closing, wait_closed, write after close is ignored, can_write_eof and write_eof.
import asyncio


async def handle(reader, writer):
    print("server read", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.can_write_eof(), writer.is_closing())
    writer.write(b"part one, ")
    writer.write(b"part two")
    writer.write_eof()
    print(await reader.read())
    writer.close()
    print(writer.is_closing())
    await writer.wait_closed()
    try:
        writer.write(b"late")
    except RuntimeError as e:
        print(e)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
