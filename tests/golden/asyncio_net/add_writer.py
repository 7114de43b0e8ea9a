# add_writer fires when the socket is writable; replacing a reader; invalid file objects.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    fut = loop.create_future()

    def writable():
        print("writable")
        loop.remove_writer(a)
        fut.set_result(a.send(b"hi"))

    loop.add_writer(a, writable)
    print(await fut, b.recv(10))
    print(loop.remove_writer(a))
    for bad in ["nope", -1]:
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print(e)
    a.close()
    b.close()

asyncio.run(main())
