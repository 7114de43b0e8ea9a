# loop.sock_connect to a closed port: ConnectionRefusedError "Connect call failed".
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    probe = socket.socket()
    probe.bind(('127.0.0.1', 0))
    port = probe.getsockname()[1]
    probe.close()
    s = socket.socket()
    s.setblocking(False)
    try:
        await loop.sock_connect(s, ('127.0.0.1', port))
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e).replace(str(port), 'PORT'))
    s.close()

asyncio.run(main())
