# Echo load: an asyncio stream server and 1,000 concurrent clients in one
# process, each sending LINES lines and checking every echoed byte (issue 16's
# load test; throughput = bytes / wall time, reported beside CPython's).
import asyncio

N_CLIENTS = 1000
LINES = 20


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    total = 0
    for j in range(LINES):
        msg = f"client {i} line {j} {'x' * (j * 7 % 60)}\n".encode()
        writer.write(msg)
        await writer.drain()
        echo = await reader.readline()
        if echo != msg:
            raise RuntimeError(f"client {i} got {echo!r} for {msg!r}")
        total += len(echo)
    writer.close()
    await writer.wait_closed()
    return total


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=N_CLIENTS)
    port = server.sockets[0].getsockname()[1]
    async with server:
        totals = await asyncio.gather(*(client(port, i) for i in range(N_CLIENTS)))
    print("clients", len(totals), "bytes echoed", sum(totals))


asyncio.run(main())
