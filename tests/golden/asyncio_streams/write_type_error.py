# Writing str to a StreamWriter: TypeError naming the type.
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for bad in ["text", 42, None]:
        try:
            writer.write(bad)
        except TypeError as e:
            print(e)
    writer.close()
    server.close()

asyncio.run(main())
