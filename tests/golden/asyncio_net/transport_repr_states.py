# A socket transport's repr shows read=polling/idle and write=<state, bufsize=N>, then closing/closed.
import asyncio
import re


def show(tag, t):
    print(tag, re.sub(r"fd=\d+", "fd=N", repr(t)))


async def main():
    loop = asyncio.get_running_loop()
    got = loop.create_future()

    class Server(asyncio.Protocol):
        def connection_made(self, t):
            show("server", t)

        def data_received(self, d):
            got.set_result(d)

    srv = await loop.create_server(Server, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    t, p = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    show("client", t)
    t.pause_reading()
    show("paused", t)
    t.resume_reading()
    t.write(b"x")
    print(await got)
    t.close()
    show("closing", t)
    await asyncio.sleep(0.01)
    show("closed", t)
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
