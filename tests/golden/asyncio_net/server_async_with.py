# `async with server`: closed on exit; later connections are refused.
import asyncio


async def handle(reader, writer):
    writer.write(b"hi\n")
    writer.close()


async def main():
    async with await asyncio.start_server(handle, '127.0.0.1', 0) as server:
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection('127.0.0.1', port)
        print(await reader.readline())
        writer.close()
    print(server.is_serving())
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__)

asyncio.run(main())
