# A child's stdout as a StreamReader: readline in a loop while the child runs; stdin writes with drain.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    proc = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    for word in [b'alpha', b'beta', b'gamma']:
        proc.stdin.write(word + b'\n')
        await proc.stdin.drain()
        print(await proc.stdout.readline())
    proc.stdin.close()
    print(await proc.stdout.read())
    print(await proc.wait())

asyncio.run(main())
