# A client that disconnects mid-line: the server's readline returns the partial line, then b''.
import asyncio

done = None


async def handle(reader, writer):
    print("first", await reader.readline())
    print("partial", await reader.readline())
    print("after", await reader.readline())
    writer.close()
    done.set_result(None)


async def main():
    global done
    done = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b"complete line\nhalf a li")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await done
    server.close()

asyncio.run(main())
