# readuntil with a separator; LimitOverrunError when no separator within the limit; readline's ValueError.
import asyncio


async def handle(reader, writer):
    writer.write(b"key=value;" + b"x" * 40 + b";tail\nrest")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, limit=16)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port, limit=16)
    print(await reader.readuntil(b';'))
    await asyncio.sleep(0.05)
    try:
        await reader.readuntil(b';')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError", e)
    print(await reader.read())
    writer.close()
    server.close()

asyncio.run(main())
