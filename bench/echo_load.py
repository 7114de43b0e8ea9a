# Load test (a benchmark, not a test): an asyncio echo server and 1,000
# concurrent clients in one process, each sending 20 lines of 100 bytes and
# reading the echoes back. Checks that no byte is lost and prints the
# throughput. Run: coil bench/echo_load.py  (and python3.11 for comparison).
import asyncio
import time

CLIENTS = 1000
LINES = 20
LINE = b'x' * 99 + b'\n'


async def handle(reader, writer):
    async for line in reader:
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    got = 0
    for _ in range(LINES):
        writer.write(LINE)
        await writer.drain()
        got += len(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return got


async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    t0 = time.perf_counter()
    sizes = await asyncio.gather(*(client(port) for _ in range(CLIENTS)))
    dt = time.perf_counter() - t0
    server.close()
    await server.wait_closed()
    total = sum(sizes)
    expected = CLIENTS * LINES * len(LINE)
    print('bytes echoed', total, 'expected', expected, 'lost', expected - total)
    print(f'{dt:.2f} s, {2 * total / dt / 1e6:.2f} MB/s, {CLIENTS * LINES / dt:.0f} round trips/s')


asyncio.run(main())
