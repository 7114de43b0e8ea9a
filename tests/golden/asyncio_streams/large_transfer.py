# 2 MB sent through a stream with drain(): nothing lost, flow control pauses the writer.
import asyncio

SIZE = 2 * 1024 * 1024


async def handle(reader, writer):
    total = 0
    while True:
        chunk = await reader.read(65536)
        if not chunk:
            break
        total += len(chunk)
    writer.write(str(total).encode())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    block = bytes(range(256)) * 256
    for _ in range(SIZE // len(block)):
        writer.write(block)
        await writer.drain()
    writer.write_eof()
    print(await reader.read(), SIZE)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
