# Server: is_serving, sockets, get_loop, close twice, wait_closed, start_serving=False.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0, start_serving=False)
    print(server.is_serving(), server.get_loop() is loop)
    print(len(server.sockets), type(server.sockets[0]).__name__)
    await server.start_serving()
    print(server.is_serving())
    server.close()
    server.close()
    print(server.is_serving(), server.sockets)
    await server.wait_closed()
    print(repr(server))

asyncio.run(main())
