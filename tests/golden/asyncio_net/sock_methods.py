# loop.sock_accept/sock_connect/sock_sendall/sock_recv on non-blocking sockets.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    cli = socket.socket()
    cli.setblocking(False)
    accept = asyncio.ensure_future(loop.sock_accept(srv))
    await loop.sock_connect(cli, srv.getsockname())
    conn, addr = await accept
    print(addr == cli.getsockname(), conn.gettimeout())
    await loop.sock_sendall(cli, b"x" * 100000)
    got = b""
    while len(got) < 100000:
        got += await loop.sock_recv(conn, 65536)
    print(len(got))
    recv = asyncio.ensure_future(loop.sock_recv(cli, 10))
    await asyncio.sleep(0)
    print(recv.done())
    await loop.sock_sendall(conn, b"late")
    print(await recv)
    for s in (cli, conn, srv):
        s.close()

asyncio.run(main())
