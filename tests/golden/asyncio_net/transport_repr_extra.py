# Transport get_extra_info keys, is_closing after close, abort, get_protocol.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, proto = await loop.create_connection(asyncio.Protocol, '127.0.0.1', port)
    print(transport.get_extra_info('peername')[1] == port)
    print(transport.get_protocol() is proto, transport.is_reading())
    print(transport.can_write_eof(), transport.get_write_buffer_size())
    transport.abort()
    print(transport.is_closing())
    server.close()
    await server.wait_closed()

asyncio.run(main())
