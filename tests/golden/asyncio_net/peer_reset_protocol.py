# A peer that resets the connection: connection_lost gets ConnectionResetError; the reader raises it.
import asyncio
import socket
import struct


async def main():
    srv = socket.create_server(('127.0.0.1', 0))
    port = srv.getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    conn, _ = srv.accept()
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    conn.close()
    try:
        print(await reader.read(10))
    except ConnectionResetError as e:
        print(type(e).__name__, e.errno)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print("wait_closed:", type(e).__name__)
    srv.close()

asyncio.run(main())
