# Writing to a closed StreamWriter is ignored, drain() then raises ConnectionResetError.
import asyncio


async def handle(reader, writer):
    data = await reader.read()
    print("server got", data)
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'first')
    writer.close()
    print(writer.is_closing())
    writer.write(b'after close')
    try:
        await writer.drain()
        print("drain ok")
    except ConnectionResetError as e:
        print("ConnectionResetError:", e)
    await writer.wait_closed()
    await asyncio.sleep(0.05)
    server.close()
    await server.wait_closed()

asyncio.run(main())
