# A StreamReader fed by hand: feed_data/feed_eof, readline, readuntil at EOF, set_exception.
import asyncio


async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"line 1\nline 2\nno end")
    r.feed_eof()
    print(await r.readline(), await r.readline())
    try:
        await r.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print(e, e.partial)
    print(r.at_eof())
    r2 = asyncio.StreamReader()
    r2.set_exception(ConnectionResetError("gone"))
    try:
        await r2.read(10)
    except ConnectionResetError as e:
        print(repr(e))
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)

asyncio.run(main())
