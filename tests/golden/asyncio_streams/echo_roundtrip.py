# start_server + open_connection: a line echoed upper-cased, then EOF from the server.
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    print("server got", data)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b"hello world\n")
    await writer.drain()
    print("client got", await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
