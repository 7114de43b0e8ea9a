# add_reader calls back while data is readable; remove_reader returns whether one was registered.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    b.setblocking(False)
    done = loop.create_future()
    chunks = []

    def on_readable(tag):
        data = b.recv(3)
        chunks.append(data)
        print(tag, data)
        if not data:
            print("removed", loop.remove_reader(b))
            done.set_result(chunks)

    loop.add_reader(b.fileno(), on_readable, "reader:")
    a.sendall(b"abcdefg")
    a.close()
    print(await done)
    print(loop.remove_reader(b.fileno()))
    b.close()

asyncio.run(main())
