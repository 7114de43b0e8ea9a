# Spawning a program that does not exist: FileNotFoundError naming it.
import asyncio


async def main():
    try:
        await asyncio.create_subprocess_exec('no-such-program-xyz')
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
        print(e)

asyncio.run(main())
