# StreamWriter.get_extra_info: peername, sockname, socket (a TransportSocket), unknown keys.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    print("server sees client", peer[0])
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(writer.get_extra_info('peername') == ('127.0.0.1', port))
    print(writer.get_extra_info('sockname')[0])
    sock = writer.get_extra_info('socket')
    print(type(sock).__name__, sock.family, sock.getpeername()[1] == port)
    print(writer.get_extra_info('nope'), writer.get_extra_info('nope', 'default'))
    print(await reader.read())
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
