# read(n) returns what is buffered up to n; read() reads to EOF; read(0) is b''.
import asyncio


async def handle(reader, writer):
    writer.write(b"0123456789")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b"abcdef")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(await reader.read(0))
    print(await reader.read(4))
    print(await reader.read(100))
    print(await reader.read())
    print(await reader.read(), reader.at_eof())
    writer.close()
    server.close()

asyncio.run(main())
