# An asyncio echo server and its clients in one program: the server echoes
# each line back upper-cased; three clients talk to it at once; the server
# stops by itself when they are done. Run: coil examples/echo_server.py
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info('peername')
    async for line in reader:
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    replies = []
    for text in lines:
        writer.write(text.encode() + b'\n')
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip())
    writer.close()
    await writer.wait_closed()
    return name, replies


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client(port, 'ann', ['hello', 'how are you?']),
            client(port, 'bob', ['echo', 'echo', 'echo']),
            client(port, 'cy', ['bye']),
        )
    for name, replies in results:
        print(f'{name}: {replies}')
    print('server closed:', not server.is_serving())


asyncio.run(main())
