# BufferedProtocol: get_buffer/buffer_updated receive the bytes into the protocol's own buffer.
import asyncio


class Receiver(asyncio.BufferedProtocol):
    def __init__(self, done):
        self.buf = bytearray(5)
        self.data = b""
        self.done = done

    def get_buffer(self, sizehint):
        return self.buf

    def buffer_updated(self, nbytes):
        self.data += bytes(self.buf[:nbytes])

    def eof_received(self):
        print("eof after", len(self.data), "bytes")

    def connection_lost(self, exc):
        self.done.set_result(self.data)


async def handle(reader, writer):
    writer.write(b"buffered protocol bytes")
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    await loop.create_connection(lambda: Receiver(done), '127.0.0.1', port)
    print(await done)
    server.close()

asyncio.run(main())
