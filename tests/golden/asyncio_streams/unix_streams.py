# start_unix_server + open_unix_connection over an abstract-namespace Unix socket.
import asyncio
import socket


async def handle(reader, writer):
    name = await reader.readline()
    writer.write(b"hello, " + name)
    await writer.drain()
    writer.close()


async def main():
    holder = socket.create_server(('127.0.0.1', 0))
    path = '\0coil-unix-streams-%d' % holder.getsockname()[1]
    server = await asyncio.start_unix_server(handle, path)
    print(server.sockets[0].family)
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b"unix\n")
    print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    holder.close()

asyncio.run(main())
