# create_datagram_endpoint: a UDP echo server and a connected client protocol.
import asyncio


class EchoUDP(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print("server got", data)
        self.transport.sendto(data.upper(), addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        transport.sendto(b"quack")

    def datagram_received(self, data, addr):
        self.done.set_result(data)

    def connection_lost(self, exc):
        print("client lost", exc)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(EchoUDP, local_addr=('127.0.0.1', 0))
    addr = server.get_extra_info('sockname')
    done = loop.create_future()
    client, _ = await loop.create_datagram_endpoint(lambda: Client(done), remote_addr=addr)
    print(await done)
    print(client.get_extra_info('peername') == addr)
    try:
        client.sendto(b"x", ('127.0.0.1', 9))
    except ValueError as e:
        print(str(e).split(' or ')[0])
    client.close()
    server.close()
    await asyncio.sleep(0)

asyncio.run(main())
