# A task waiting on a socket (a watched descriptor) is not a deadlock: the data comes.
import asyncio
import socket


async def main():
    a, b = socket.socketpair()
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_reader(a.fileno(), got.set)
    loop.call_later(1, b.send, b"x")
    await got.wait()
    loop.remove_reader(a.fileno())
    print("read", a.recv(1))
    a.close()
    b.close()


asyncio.run(main())
