# pause_writing/resume_writing when the write buffer crosses the high and low water marks.
import asyncio


class Slow(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        transport.pause_reading()
        print("reading paused", not transport.is_reading())


class Writer(asyncio.Protocol):
    def __init__(self):
        self.events = []
        self.resumed = asyncio.get_running_loop().create_future()

    def pause_writing(self):
        self.events.append("pause")

    def resume_writing(self):
        self.events.append("resume")
        self.resumed.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    server_protocols = []

    def factory():
        p = Slow()
        server_protocols.append(p)
        return p

    server = await loop.create_server(factory, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    transport, proto = await loop.create_connection(Writer, '127.0.0.1', port)
    transport.set_write_buffer_limits(high=1000, low=100)
    print(transport.get_write_buffer_limits())
    while not proto.events:
        transport.write(b"x" * 65536)
        await asyncio.sleep(0)
    print(proto.events, transport.get_write_buffer_size() > 1000)
    server_protocols[0].transport.resume_reading()
    await proto.resumed
    print(proto.events, transport.get_write_buffer_size() <= 100)
    transport.close()
    server.close()

asyncio.run(main())
