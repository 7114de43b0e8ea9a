# Ten concurrent clients of one server, gathered: every reply arrives, in request order.
import asyncio


async def handle(reader, writer):
    line = await reader.readline()
    await asyncio.sleep(0.01)
    writer.write(b"re: " + line)
    await writer.drain()
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(f"msg {i}\n".encode())
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply


async def main():
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        replies = await asyncio.gather(*(client(port, i) for i in range(10)))
        for r in replies:
            print(r)

asyncio.run(main())
