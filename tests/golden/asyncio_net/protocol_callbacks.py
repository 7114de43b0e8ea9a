# create_server/create_connection with Protocol classes: the order of callbacks on both sides.
import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        print("server: connection_made")
        self.transport = transport

    def data_received(self, data):
        print("server: data_received", data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print("server: eof_received")

    def connection_lost(self, exc):
        print("server: connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print("client: connection_made")
        transport.write(b"stressed")
        transport.write_eof()

    def data_received(self, data):
        print("client: data_received", data)

    def eof_received(self):
        print("client: eof_received")

    def connection_lost(self, exc):
        print("client: connection_lost", exc)
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(type(protocol).__name__, transport.is_closing())
    await done
    server.close()
    await server.wait_closed()

asyncio.run(main())
