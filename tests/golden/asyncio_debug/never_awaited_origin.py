# In debug mode a never-awaited coroutine's warning shows where it was created.
import asyncio


async def fetch(n):
    return n


def start():
    return fetch(1)


async def main():
    c = start()
    print(type(c).__name__, c.cr_origin[0][1:], c.cr_origin[1][1:])
    del c
    print("after")


asyncio.run(main(), debug=True)
