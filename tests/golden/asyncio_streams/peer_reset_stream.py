# A peer that resets the connection makes the stream reader raise ConnectionResetError.
import asyncio
import socket
import struct


async def handle(reader, writer):
    sock = writer.get_extra_info('socket')
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    writer.transport.abort()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello\n')
    await asyncio.sleep(0.05)
    try:
        data = await reader.read(100)
        print("read", data)
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
