# loop.sock_recv_into fills a bytearray and returns the byte count.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    buf = bytearray(8)
    task = asyncio.ensure_future(loop.sock_recv_into(b, buf))
    await asyncio.sleep(0)
    await loop.sock_sendall(a, b"abc")
    print(await task, buf)
    a.close()
    print(await loop.sock_recv_into(b, buf), buf)
    b.close()

asyncio.run(main())
