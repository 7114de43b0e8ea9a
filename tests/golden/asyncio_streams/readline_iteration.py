# `async for line in reader` yields lines until EOF, the last without a newline.
import asyncio


async def handle(reader, writer):
    writer.writelines([b"one\n", b"two\n", b"three"])
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    async for line in reader:
        print(line)
    print(await reader.readline())
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
