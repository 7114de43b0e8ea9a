# serve_forever runs until its task is cancelled; the server is then closed.
import asyncio


async def handle(reader, writer):
    writer.write(await reader.readline())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    task = asyncio.create_task(server.serve_forever())
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b"served\n")
    print(await reader.readline())
    writer.close()
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("serve_forever cancelled")
    print(server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print(type(e).__name__, "closed" in str(e))

asyncio.run(main())
