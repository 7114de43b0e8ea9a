# open_connection to a port nobody listens on: ConnectionRefusedError with asyncio's message.
import asyncio
import socket


async def main():
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno)
        print(str(e).replace(str(port), 'PORT'))

asyncio.run(main())
