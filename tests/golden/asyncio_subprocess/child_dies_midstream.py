# A child that dies while we read: the partial output, then EOF and its exit status.
import asyncio
from asyncio.subprocess import PIPE


async def main():
    p = await asyncio.create_subprocess_shell('printf "partial line"; kill -9 $$', stdout=PIPE)
    print(await p.stdout.readline())
    print(await p.stdout.readline())
    print(await p.wait())

asyncio.run(main())
